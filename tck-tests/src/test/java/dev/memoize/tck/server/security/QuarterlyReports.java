package dev.memoize.tck.server.security;

import dev.memoize.Memoize;
import dev.memoize.tck.support.Runs;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** Reports only auditors may read; memoized, so an auditor's call leaves a result in the cache. */
@Stateless
@DeclareRoles(QuarterlyReports.AUDITOR)
public class QuarterlyReports {

    static final String AUDITOR = "auditor";

    @Inject
    Runs runs;

    @RolesAllowed(AUDITOR)
    @Memoize(timeout = 60)
    public String report(String quarter) {
        runs.tick("report");
        return "report for " + quarter;
    }
}
