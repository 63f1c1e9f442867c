package dev.memoize.examples;

import dev.memoize.Memoizer;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * A second member of the demo's cluster, in its own JVM with its own (empty) database. Reads commands on standard
 * input: {@code call <personId> <roleId>} answers {@code <result> bodyRuns=<n> sql=<n>}; {@code delete <personId>
 * <roleId>} deletes that result; {@code quit} stops.
 */
public final class ClusterPeer {

    private ClusterPeer() {
    }

    public static void main(String[] args) throws Exception {
        Environment.configure();
        try (WeldContainer container = new Weld("memoize-demo-peer").initialize()) {
            MembershipService service = container.select(MembershipService.class).get();
            Database database = container.select(Database.class).get();
            Memoizer memoizer = container.select(Memoizer.class).get();
            service.bodyRuns(); // start the container's beans before announcing readiness
            System.out.println("READY");
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null && !line.equals("quit"); line = in.readLine()) {
                String[] words = line.split(" ");
                Person person = Person.withId(Long.parseLong(words[1]));
                long roleId = Long.parseLong(words[2]);
                if (words[0].equals("call")) {
                    boolean result = service.hasMembership(person, roleId);
                    System.out.println(result + " bodyRuns=" + service.bodyRuns() + " sql=" + database.statements());
                } else {
                    memoizer.deleteMemoized(MembershipService::hasMembership, person, roleId);
                    System.out.println("deleted");
                }
            }
        }
        System.exit(0);
    }
}
