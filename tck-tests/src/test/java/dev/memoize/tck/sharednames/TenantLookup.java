package dev.memoize.tck.sharednames;

import jakarta.enterprise.context.Dependent;

/** Several instances, each with its tenant in its toString(): its keys include the target. */
@Dependent
public class TenantLookup extends LookupBase {

    private String tenant = "none";

    /** Through a method, not the field: a container may hand out an intercepted dependent bean as a proxy. */
    public void setTenant(String tenant) {
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
