package dev.memoize.tck.server.security;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;

/** Anyone may ask the desk; it calls the reports as an auditor. */
@Stateless
@RunAs(QuarterlyReports.AUDITOR)
public class AuditorDesk {

    @EJB
    QuarterlyReports reports;

    @PermitAll
    public String fetch(String quarter) {
        return reports.report(quarter);
    }
}
