package dev.memoize.tck.sharednames;

import jakarta.enterprise.context.Dependent;

/** Several instances, each with its tenant in its toString(): its keys include the target. */
@Dependent
public class TenantLookup extends LookupBase {

    String tenant = "none";

    @Override
    protected String scope() {
        return "tenant-" + tenant;
    }

    @Override
    public String toString() {
        return "TenantLookup[" + tenant + "]";
    }
}
