package dev.memoize.tck.keys;

import dev.memoize.Memoizer;
import dev.memoize.tck.support.Caches;
import dev.memoize.tck.support.Deployments;
import dev.memoize.tck.support.LogRecorder;
import dev.memoize.tck.support.Runs;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Keys: typed and framed parts, overloads, targets, identity-based arguments, long keys. */
@ExtendWith(ArquillianExtension.class)
class KeysTest {

    @Deployment
    static JavaArchive deployment() {
        return Deployments.of(EchoService.class, Account.class, Worker.class, Opaque.class);
    }

    @Inject
    EchoService echo;

    @Inject
    Instance<Account> accounts;

    @Inject
    Instance<Worker> workers;

    @Inject
    Memoizer memoizer;

    @Inject
    Runs runs;

    @Test
    void valuesThatPrintAlikeButDifferInTypeNeverShareAResult() {
        runs.reset(); // Arquillian skips @BeforeEach on local containers
        List<Object> lookalikes = Arrays.asList("1", 1, 1L, 1.0, 1.0f, (short) 1, (byte) 1, '1', true, "true",
                null, "null", List.of(1), new Object[] {1}, List.of("1"));
        for (Object value : lookalikes) {
            echo.echo(value);
        }
        assertEquals(lookalikes.size(), runs.of("echo"), "every value ran the body once");
        for (Object value : lookalikes) {
            echo.echo(value);
        }
        assertEquals(lookalikes.size(), runs.of("echo"), "and every second call was a hit");
    }

    @Test
    void overloadsSharingANameNeverShareEntries() {
        runs.reset(); // Arquillian skips @BeforeEach on local containers
        assertTrue(echo.find((Object) "x").startsWith("find(Object"));
        assertTrue(echo.find("x").startsWith("find(String"));
        assertEquals(1, runs.of("find(Object)"));
        assertEquals(1, runs.of("find(String)"));
        echo.find((Object) "x");
        echo.find("x");
        assertEquals(1, runs.of("find(Object)"));
        assertEquals(1, runs.of("find(String)"));
    }

    @Test
    void deletingByNameClearsEveryOverload() {
        runs.reset(); // Arquillian skips @BeforeEach on local containers
        echo.find((Object) "y");
        echo.find("y");
        memoizer.deleteMemoized("dev.memoize.tck.keys.find");
        echo.find((Object) "y");
        echo.find("y");
        assertEquals(2, runs.of("find(Object)"));
        assertEquals(2, runs.of("find(String)"));
    }

    @Test
    void aTargetWithItsOwnIdentityTakesPartInTheKey() {
        runs.reset(); // Arquillian skips @BeforeEach on local containers
        Account alice = accounts.get();
        alice.setId("alice");
        Account bob = accounts.get();
        bob.setId("bob");
        Account aliceAgain = accounts.get();
        aliceAgain.setId("alice");

        assertTrue(alice.balance().startsWith("alice"));
        assertTrue(bob.balance().startsWith("bob"));
        assertEquals(alice.balance(), aliceAgain.balance());
        assertEquals(2, runs.of("balance"));
        assertTrue(Caches.keys(Account.class.getName() + ".balance").contains(
                Account.class.getName() + ".balance|this=" + Account.class.getName() + "\"Account[alice]\""),
                "keyed by the bean class, never by the container's subclass: " + Caches.keys(Account.class.getName() + ".balance"));
    }

    @Test
    void plainServiceBeansShareResultsAcrossInstances() {
        runs.reset(); // Arquillian skips @BeforeEach on local containers
        Worker one = workers.get();
        Worker two = workers.get();
        assertEquals(one.work("job"), two.work("job"));
        assertEquals(1, runs.of("work"));
    }

    @Test
    void anArgumentWithoutStableKeyRunsUnmemoizedWithOneWarning() {
        runs.reset(); // Arquillian skips @BeforeEach on local containers
        try (LogRecorder log = LogRecorder.start()) {
            long bypassedBefore = memoizer.statistics().bypassed();
            Opaque opaque = new Opaque();
            echo.describe(opaque);
            echo.describe(opaque);
            echo.describe(new Opaque());
            assertEquals(3, runs.of("describe"), "never keyed by identity");
            assertEquals(bypassedBefore + 3, memoizer.statistics().bypassed());
            List<String> warnings = log.warnings("describe");
            assertEquals(1, warnings.size(), "one warning per method: " + warnings);
            assertTrue(warnings.get(0).contains(Opaque.class.getName()), warnings.get(0));
            assertTrue(warnings.get(0).contains("override toString()"), warnings.get(0));
        }
    }

    @Test
    void keysAreReadableInACacheBrowser() {
        runs.reset(); // Arquillian skips @BeforeEach on local containers
        echo.echo("readable");
        echo.echo(42L);
        List<String> keys = Caches.keys("dev.memoize.tck.keys.EchoService.echo");
        assertTrue(keys.contains("dev.memoize.tck.keys.EchoService.echo|\"readable\""), keys.toString());
        assertTrue(keys.contains("dev.memoize.tck.keys.EchoService.echo|42L"), keys.toString());
    }

    @Test
    void veryLongKeysAreDigestedAndStillHit() {
        runs.reset(); // Arquillian skips @BeforeEach on local containers
        String huge = "x".repeat(10_000);
        String first = echo.longKey(huge);
        assertEquals(first, echo.longKey(huge));
        assertEquals(1, runs.of("longKey"));
        assertNotEquals(first, echo.longKey(huge + "y"));
        List<String> keys = Caches.keys("dev.memoize.tck.keys.EchoService.longKey");
        assertEquals(2, keys.size());
        for (String key : keys) {
            assertTrue(key.length() < 250, key);
            assertTrue(key.startsWith("dev.memoize.tck.keys.EchoService.longKey|~sha256:"), key);
        }
    }
}
