package dev.memoize.examples;

import dev.memoize.Memoizer;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

import javax.cache.Cache;
import javax.cache.Caching;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * The product's story in one run: a membership check that costs a SQL query, memoized with
 * {@code @Memoize(timeout = 50)}, called many times per simulated request; a role change and the deletes that
 * keep answers right; the keys as stored. With {@code -second-member}, a second JVM joins the cluster and is
 * served what the first computed, and its delete is seen by the first.
 */
public final class Demo {

    /** What the demo measured. */
    public record Report(long calls, long bodyRuns, long queries, double hitRatio, double memoizedNanos,
                         double unmemoizedNanos, boolean revokedAnswerFresh, long queriesAfterBulkDelete,
                         List<String> keys, String peer) {
    }

    private static final int REQUESTS = 200;
    private static final int CHECKS_PER_REQUEST = 10;
    private static final long ROLES = 3;

    private Demo() {
    }

    public static void main(String[] args) throws Exception {
        Environment.configure();
        run(System.out, List.of(args).contains("-second-member"));
        System.exit(0);
    }

    public static Report run(PrintStream out, boolean secondMember) throws Exception {
        long started = System.nanoTime();
        try (WeldContainer container = new Weld("memoize-demo").initialize()) {
            MembershipService service = container.select(MembershipService.class).get();
            Roles roles = container.select(Roles.class).get();
            Database database = container.select(Database.class).get();
            Memoizer memoizer = container.select(Memoizer.class).get();

            List<Person> people = List.of(roles.addPerson("alice", 1, 2), roles.addPerson("bob", 1),
                    roles.addPerson("carol", 2, 3), roles.addPerson("dave"), roles.addPerson("erin", 3));
            out.println("Memoize demo: @Memoize(timeout = 50) hasMembership(Person, long roleId)");
            out.println("  on Weld SE, Hibernate with H2, results in an embedded Hazelcast member (127.0.0.1, cluster memoize-demo)");
            out.println();

            Random random = new Random(42);
            long queriesBefore = database.statements();
            long hitsBefore = memoizer.statistics().hits();
            long missesBefore = memoizer.statistics().misses();
            long calls = 0;
            for (int request = 0; request < REQUESTS; request++) {
                for (int check = 0; check < CHECKS_PER_REQUEST; check++) {
                    service.hasMembership(people.get(random.nextInt(people.size())), 1 + random.nextInt((int) ROLES));
                    calls++;
                }
            }
            long queries = database.statements() - queriesBefore;
            long hits = memoizer.statistics().hits() - hitsBefore;
            long misses = memoizer.statistics().misses() - missesBefore;
            double hitRatio = 100.0 * hits / (hits + misses);
            double memoized = timePerCall(() -> service.hasMembership(people.get(0), 1L), 200_000);
            double unmemoized = timePerCall(() -> service.hasMembershipUnmemoized(people.get(0), 1L), 2_000);
            out.printf("%d simulated requests, %d membership checks each, over %d people x %d roles%n",
                    REQUESTS, CHECKS_PER_REQUEST, people.size(), ROLES);
            out.printf("  calls              %8d%n", calls);
            out.printf("  body executions    %8d%n", service.bodyRuns());
            out.printf("  SQL queries        %8d%n", queries);
            out.printf("  hit ratio          %8.1f %%%n", hitRatio);
            out.printf("  time per call      %8.1f us memoized (a hit), %.1f us unmemoized (a query): %.0fx%n",
                    memoized / 1000, unmemoized / 1000, unmemoized / memoized);
            out.println();

            Person alice = people.get(0);
            out.println("alice loses role 2: roles.revoke(alice, 2) deletes the row, then");
            out.println("  memoizer.deleteMemoized(MembershipService::hasMembership, alice, 2L)");
            roles.revoke(alice, 2L);
            long before = database.statements();
            boolean revoked = service.hasMembership(alice, 2L);
            long recompute = database.statements() - before;
            before = database.statements();
            boolean stillMember = service.hasMembership(alice, 1L);
            long untouched = database.statements() - before;
            out.printf("  hasMembership(alice, 2) = %s  (recomputed: %d query)%n", revoked, recompute);
            out.printf("  hasMembership(alice, 1) = %s  (still memoized: %d queries)%n", stillMember, untouched);
            out.println();

            out.println("role 3 is withdrawn from everyone: roles.revokeEveryone(3), then");
            out.println("  memoizer.deleteMemoized(MembershipService::hasMembership)  (one write, whatever the number of entries)");
            roles.revokeEveryone(3L);
            before = database.statements();
            for (Person person : people) {
                for (long role = 1; role <= ROLES; role++) {
                    service.hasMembership(person, role);
                }
            }
            long bulk = database.statements() - before;
            out.printf("  the next %d distinct checks ran %d queries; every answer recomputed once%n",
                    people.size() * ROLES, bulk);
            out.println();

            List<String> keys = storedKeys();
            out.println("Keys as stored in cache \"" + Environment.CACHE + "\" (first 6 of " + keys.size() + "):");
            keys.stream().limit(6).forEach(key -> out.println("  " + key));
            out.println();

            String peer = secondMember ? secondMember(out, service, database, people.get(2)) : null;
            out.printf("Done in %.1f s.%n", (System.nanoTime() - started) / 1e9);
            return new Report(calls, service.bodyRuns(), queries, hitRatio, memoized, unmemoized, !revoked, bulk, keys, peer);
        }
    }

    /** Average time of a call, after warming up for as many calls (wall clock: a demo, not a benchmark). */
    private static double timePerCall(Runnable call, int rounds) {
        for (int i = 0; i < rounds; i++) {
            call.run();
        }
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            call.run();
        }
        return (double) (System.nanoTime() - start) / rounds;
    }

    private static List<String> storedKeys() {
        var provider = Caching.getCachingProvider("com.hazelcast.cache.HazelcastMemberCachingProvider");
        Cache<String, Object> cache = provider.getCacheManager(provider.getDefaultURI(), provider.getDefaultClassLoader())
                .getCache(Environment.CACHE);
        List<String> keys = new ArrayList<>();
        cache.forEach(entry -> keys.add(entry.getKey()));
        keys.sort(null);
        return keys;
    }

    /** Starts a second member in another JVM, and shows results and deletions crossing between the two. */
    private static String secondMember(PrintStream out, MembershipService service, Database database, Person carol)
            throws Exception {
        out.println("A second member starts in another JVM (its own empty database) and joins on 127.0.0.1...");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process peer = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), ClusterPeer.class.getName())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try (BufferedReader replies = new BufferedReader(new InputStreamReader(peer.getInputStream(), StandardCharsets.UTF_8));
             PrintWriter commands = new PrintWriter(new OutputStreamWriter(peer.getOutputStream(), StandardCharsets.UTF_8), true)) {
            String ready = replies.readLine();
            if (!"READY".equals(ready)) {
                throw new IllegalStateException("the second member did not start: " + ready);
            }
            boolean here = service.hasMembership(carol, 2L);
            commands.println("call " + carol.getId() + " 2");
            String served = replies.readLine();
            out.printf("  member 1: hasMembership(carol, 2) = %s%n", here);
            out.printf("  member 2: hasMembership(carol, 2) = %s   (served from the cluster: no body run, no SQL)%n", served);

            database.inTransaction(em -> em.createQuery(
                            "delete from Membership m where m.person.id = :person and m.roleId = 2")
                    .setParameter("person", carol.getId()).executeUpdate());
            out.printf("  carol loses role 2 in the database; until someone deletes the result, member 1 still says %s%n",
                    service.hasMembership(carol, 2L));
            commands.println("delete " + carol.getId() + " 2");
            replies.readLine();
            long before = database.statements();
            boolean again = service.hasMembership(carol, 2L);
            out.printf("  member 2 calls deleteMemoized(..., carol, 2L); member 1 recomputes at once: %s with %d query%n",
                    again, database.statements() - before);
            commands.println("quit");
            peer.waitFor(30, TimeUnit.SECONDS);
            out.println();
            return served;
        } finally {
            peer.destroyForcibly();
        }
    }
}
