package dev.memoize.tck.sharednames;

import jakarta.enterprise.context.Dependent;

/** Several instances, each with its tenant in its toString(): its keys include the target. */
@Dependent
public class TenantLookup extends LookupBase {

    private String tenant = "none";

    /** Set through a method: a field of a CDI bean's client or interception proxy is not the instance's own. */
    void tenant(String tenant) {
        this.tenant = tenant;
    }

    @Override
    protected String scope() {
        return "tenant-" + tenant;
    }

    @Override
    public String toString() {
        return "TenantLookup[" + tenant + "]";
    }
}
