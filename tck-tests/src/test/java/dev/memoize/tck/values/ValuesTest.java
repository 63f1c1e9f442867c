package dev.memoize.tck.values;

import dev.memoize.tck.support.Deployments;
import dev.memoize.tck.support.Runs;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** null results are memoized, Optional by content, exceptions never. */
@ExtendWith(ArquillianExtension.class)
class ValuesTest {

    @Deployment
    static JavaArchive deployment() {
        return Deployments.of(ValuesService.class);
    }

    @Inject
    ValuesService service;

    @Inject
    Runs runs;

    @Test
    void nullResultsAreMemoized() {
        assertNull(service.nothing("x"));
        assertNull(service.nothing("x"));
        assertEquals(1, runs.of("nothing"));
    }

    @Test
    void optionalResultsAreMemoizedByContent() {
        assertEquals(Optional.of("A"), service.maybe("a"));
        assertEquals(Optional.of("A"), service.maybe("a"));
        assertEquals(Optional.empty(), service.maybe(""));
        assertEquals(Optional.empty(), service.maybe(""));
        assertEquals(2, runs.of("maybe"));
    }

    @Test
    void exceptionsAreNeverMemoized() {
        IllegalStateException first = assertThrows(IllegalStateException.class, () -> service.failing("x"));
        assertEquals("failure 1", first.getMessage(), "the body's own exception, unwrapped");
        assertThrows(IllegalStateException.class, () -> service.failing("x"));
        assertEquals("finally 3", service.failing("x"));
        assertEquals("finally 3", service.failing("x"));
        assertEquals(3, runs.of("failing"));
    }

    @Test
    void checkedExceptionsPropagateUnchangedAndAreNotMemoized() {
        IOException thrown = assertThrows(IOException.class, () -> service.checked("y"));
        assertEquals("checked y", thrown.getMessage());
        assertThrows(IOException.class, () -> service.checked("y"));
        assertEquals(2, runs.of("checked"));
    }
}
