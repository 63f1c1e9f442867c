package dev.memoize.tck.memoizer;

import dev.memoize.MemoizedFunction;
import dev.memoize.Memoizer;
import dev.memoize.tck.support.Deployments;
import dev.memoize.tck.support.Runs;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;

import static dev.memoize.tck.memoizer.MembershipService.HAS_MEMBERSHIP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Memoizer bean: django-memoize's delete_memoized, delete_memoized_verhash, and programmatic memoization. */
@ExtendWith(ArquillianExtension.class)
class MemoizerTest {

    @Deployment
    static JavaArchive deployment() {
        return Deployments.of(MembershipService.class);
    }

    @Inject
    MembershipService service;

    @Inject
    Memoizer memoizer;

    @Inject
    Runs runs;

    @Test
    void deleteMemoizedByNameDropsEveryResultOfTheFunction() {
        runs.reset();
        service.hasMembership("alice", 1L);
        service.hasMembership("bob", 2L);
        memoizer.deleteMemoized(HAS_MEMBERSHIP);
        service.hasMembership("alice", 1L);
        service.hasMembership("bob", 2L);
        assertEquals(4, runs.of("hasMembership"));
        service.hasMembership("alice", 1L);
        assertEquals(4, runs.of("hasMembership"), "memoized again right after the delete");
    }

    @Test
    void deleteMemoizedWithArgumentsDropsExactlyThatResult() {
        runs.reset();
        service.hasMembership("carol", 1L);
        service.hasMembership("carol", 2L);
        memoizer.deleteMemoized(HAS_MEMBERSHIP, "carol", 1L);
        service.hasMembership("carol", 1L);
        service.hasMembership("carol", 2L);
        assertEquals(3, runs.of("hasMembership"));
        service.hasMembership("carol", 1L);
        assertEquals(3, runs.of("hasMembership"), "memoized again right after the delete");
    }

    @Test
    void deleteMemoizedByBeanClassAndMethod() {
        runs.reset();
        service.hasMembership("dave", 1L);
        service.hasMembership("dave", 2L);
        memoizer.deleteMemoized(MembershipService.class, "hasMembership", "dave", 1L);
        service.hasMembership("dave", 1L);
        service.hasMembership("dave", 2L);
        assertEquals(3, runs.of("hasMembership"));

        memoizer.deleteMemoized(MembershipService.class, "hasMembership");
        service.hasMembership("dave", 1L);
        service.hasMembership("dave", 2L);
        assertEquals(5, runs.of("hasMembership"));
    }

    @Test
    void deleteMemoizedWithVarargsMatchesTheCall() {
        runs.reset();
        service.tagged("a", "b");
        service.tagged("a", "b");
        assertEquals(1, runs.of("tagged"), "memoized");

        memoizer.deleteMemoized("dev.memoize.tck.memoizer.MembershipService.tagged", "a", "b");
        service.tagged("a", "b");
        assertEquals(2, runs.of("tagged"), "the arguments given as varargs named the result");
        service.tagged("a", "b");
        assertEquals(2, runs.of("tagged"), "memoized again right after the delete");

        memoizer.deleteMemoized("dev.memoize.tck.memoizer.MembershipService.tagged", (Object) new String[] {"a", "b"});
        service.tagged("a", "b");
        assertEquals(3, runs.of("tagged"), "the arguments given as an explicit array named the result");
        service.tagged("a", "b");
        assertEquals(3, runs.of("tagged"), "memoized again right after the delete");
    }

    @Test
    void deleteMemoizedVerhashRecomputesEverything() {
        runs.reset();
        service.hasMembership("erin", 1L);
        memoizer.deleteMemoizedVerhash(HAS_MEMBERSHIP);
        service.hasMembership("erin", 1L);
        service.hasMembership("erin", 1L);
        assertEquals(2, runs.of("hasMembership"));
    }

    @Test
    void partialOrMistypedArgumentsAreRejectedNotTakenAsAWildcard() {
        IllegalArgumentException partial = assertThrows(IllegalArgumentException.class,
                () -> memoizer.deleteMemoized(HAS_MEMBERSHIP, "alice"));
        assertTrue(partial.getMessage().contains("(String, long)"), partial.getMessage());

        IllegalArgumentException intForLong = assertThrows(IllegalArgumentException.class,
                () -> memoizer.deleteMemoized(HAS_MEMBERSHIP, "alice", 1));
        assertTrue(intForLong.getMessage().contains("(String, Integer)"), intForLong.getMessage());
        assertTrue(intForLong.getMessage().contains("7L for a long"), intForLong.getMessage());
    }

    @Test
    void unknownNamesAreRejectedWithTheClosestKnownNames() {
        for (Runnable call : new Runnable[] {
                () -> memoizer.deleteMemoized("dev.memoize.tck.memoizer.MembershipService.hasMembershp"),
                () -> memoizer.deleteMemoized("hasMembership", "x", 1L),
                () -> memoizer.deleteMemoizedVerhash("MembershipService.hasMembership"),
                () -> memoizer.function("hasmembership")}) {
            IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, call::run);
            assertTrue(unknown.getMessage().contains("Closest known names: " + HAS_MEMBERSHIP), unknown.getMessage());
        }
        IllegalArgumentException noMethod = assertThrows(IllegalArgumentException.class,
                () -> memoizer.deleteMemoized(MembershipService.class, "hasMembershipp"));
        assertTrue(noMethod.getMessage().contains("MembershipService.hasMembership"), noMethod.getMessage());
    }

    @Test
    void programmaticCallsShareKeysAndDeletionsWithTheInterceptedMethod() {
        runs.reset();
        assertTrue(service.hasMembership("frank", 2L));
        MemoizedFunction function = memoizer.function(HAS_MEMBERSHIP);
        boolean member = function.call(() -> {
            throw new AssertionError("the intercepted call already memoized this result");
        }, "frank", 2L);
        assertTrue(member);

        memoizer.deleteMemoized(HAS_MEMBERSHIP, "frank", 2L);
        assertTrue(function.call(() -> service.hasMembership("frank", 2L), "frank", 2L));
        assertEquals(2, runs.of("hasMembership"));
    }

    @Test
    void selfInvocationIsMemoizedThroughTheMemoizer() {
        runs.reset();
        service.hasAnyMembership("grace", 1L, 3L, 4L);
        service.hasAnyMembership("grace", 1L, 3L, 4L);
        assertEquals(3, runs.of("hasMembership"));
    }

    @Test
    void programmaticFunctionsAreDeclaredWithTheirTimeout() {
        runs.reset();
        MemoizedFunction report = memoizer.function("reports.monthly", Duration.ofMinutes(5));
        assertEquals("report 2026-11 #1", report.call(() -> "report 2026-11 #" + runs.tick("report"), 2026, 11));
        assertEquals("report 2026-11 #1", report.call(() -> "report 2026-11 #" + runs.tick("report"), 2026, 11));
        memoizer.deleteMemoized("reports.monthly");
        assertEquals("report 2026-11 #2", report.call(() -> "report 2026-11 #" + runs.tick("report"), 2026, 11));

        assertEquals("reports.monthly", memoizer.function("reports.monthly", Duration.ofMinutes(5)).name());
        IllegalArgumentException conflict = assertThrows(IllegalArgumentException.class,
                () -> memoizer.function("reports.monthly", Duration.ofMinutes(6)));
        assertTrue(conflict.getMessage().contains("PT5M"), conflict.getMessage());
        assertThrows(IllegalArgumentException.class, () -> memoizer.function(HAS_MEMBERSHIP, Duration.ofMinutes(5)));
    }

    @Test
    void aResultMemoizedWithCallOnATargetWithoutIdentityIsDeletedByItsArguments() {
        runs.reset();
        MemoizedFunction rates = memoizer.function("rates.daily", Duration.ofMinutes(5));
        Object service = new Object() {
        }; // a target that takes no part in keys, as an @ApplicationScoped bean calling with callOn(this, ...)
        assertEquals("EUR #1", rates.callOn(service, () -> "EUR #" + runs.tick("rate"), "EUR"));
        assertEquals("EUR #1", rates.call(() -> "EUR #" + runs.tick("rate"), "EUR"), "call and callOn share the entry");
        memoizer.deleteMemoized("rates.daily", "EUR");
        assertEquals("EUR #2", rates.callOn(service, () -> "EUR #" + runs.tick("rate"), "EUR"),
                "the single-entry delete missed the result callOn stored");
    }
}
