package dev.memoize.tck.server.security;

import dev.memoize.tck.support.Deployments;
import dev.memoize.tck.support.Runs;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The container's security check runs before a memoized result is returned: a caller without the role is refused
 * even when an auditor's call left the result in the cache.
 */
@ExtendWith(ArquillianExtension.class)
class RolesAllowedTest {

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.create(WebArchive.class, "roles.war")
                .addAsLibrary(Deployments.of(QuarterlyReports.class, AuditorDesk.class))
                // Payara maps a role to principals only when told; WildFly ignores this file.
                .addAsWebInfResource(new StringAsset("""
                        <!DOCTYPE glassfish-web-app PUBLIC "-//GlassFish.org//DTD GlassFish Application Server 3.1 Servlet 3.0//EN" "http://glassfish.org/dtds/glassfish-web-app_3_0-1.dtd">
                        <glassfish-web-app>
                          <security-role-mapping>
                            <role-name>auditor</role-name>
                            <principal-name>auditor</principal-name>
                          </security-role-mapping>
                        </glassfish-web-app>
                        """), "glassfish-web.xml");
    }

    @EJB
    AuditorDesk desk;

    @EJB
    QuarterlyReports reports;

    @Inject
    Runs runs;

    @Test
    void aCallerWithoutTheRoleIsRefusedEvenWhenTheResultIsMemoized() {
        runs.reset();
        assertEquals("report for 2026-Q3", desk.fetch("2026-Q3"));
        assertEquals("report for 2026-Q3", desk.fetch("2026-Q3"));
        assertEquals(1, runs.of("report"), "the auditor's second call was a hit");

        assertThrows(EJBAccessException.class, () -> reports.report("2026-Q3"),
                "an anonymous caller must be refused, although the result is in the cache");
        assertEquals(1, runs.of("report"));
    }
}
