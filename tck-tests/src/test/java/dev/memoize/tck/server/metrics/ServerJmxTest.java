package dev.memoize.tck.server.metrics;

import dev.memoize.Memoizer;
import dev.memoize.tck.metrics.PriceList;
import dev.memoize.tck.support.Deployments;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.naming.InitialContext;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On a server, a function's counters are in the platform MBean server (what the server's JMX connector, JConsole
 * or Jolokia show), under the application's own name, and match the calls made.
 */
@ExtendWith(ArquillianExtension.class)
class ServerJmxTest {

    @Deployment
    static JavaArchive deployment() {
        return Deployments.of(PriceList.class);
    }

    @Inject
    PriceList prices;

    @Inject
    Memoizer memoizer;

    @Test
    void aFunctionsCountersAreAnMBeanNamedAfterTheApplication() throws Exception {
        String sku = "server-" + UUID.randomUUID();
        for (int call = 0; call < 3; call++) {
            prices.price(sku);
        }
        prices.live(sku);
        String application = (String) new InitialContext().lookup("java:app/AppName");
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        Set<ObjectName> found = server.queryNames(new ObjectName("dev.memoize:type=Function,name="
                + ObjectName.quote(PriceList.PRICES) + ",*"), null);
        assertEquals(1, found.size(), found.toString());
        ObjectName function = found.iterator().next();
        assertTrue(function.getKeyProperty("application").startsWith(application.replaceAll("[,=:\"*?\\s\\\\]", "_")),
                "named after the application " + application + ": " + function);

        assertEquals(2L, server.getAttribute(function, "Hits"));
        assertEquals(1L, server.getAttribute(function, "Misses"));
        assertEquals(1L, server.getAttribute(function, "MissCount"));
        assertTrue((double) server.getAttribute(function, "MissTimeMaxMillis") >= PriceList.LOOKUP_MILLIS);
        assertEquals(memoizer.statistics(PriceList.PRICES).hits(), server.getAttribute(function, "Hits"));

        ObjectName totals = new ObjectName("dev.memoize:type=Application,application="
                + function.getKeyProperty("application"));
        assertEquals(1L, server.getAttribute(totals, "Bypassed"));
        assertTrue(List.of((String[]) server.getAttribute(totals, "Functions")).contains(PriceList.PRICES));
    }
}
