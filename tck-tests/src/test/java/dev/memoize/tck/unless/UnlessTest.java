package dev.memoize.tck.unless;

import dev.memoize.tck.support.Deployments;
import dev.memoize.tck.support.Runs;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** unless: a type-safe condition that bypasses memoization per call. */
@ExtendWith(ArquillianExtension.class)
class UnlessTest {

    @Deployment
    static JavaArchive deployment() {
        return Deployments.of(PageService.class, PreviewBypass.class, PreviewSwitch.class, DraftArgument.class);
    }

    @Inject
    PageService pages;

    @Inject
    PreviewSwitch previews;

    @Inject
    Runs runs;

    @Test
    void aBeanConditionBypassesTheCacheWhileItHolds() {
        assertEquals("home #1", pages.render("home"));
        previews.set(true);
        try {
            assertEquals("home #2", pages.render("home"), "bypassed: the body runs");
            assertEquals("home #3", pages.render("home"), "and its result is not memoized");
        } finally {
            previews.set(false);
        }
        assertEquals("home #1", pages.render("home"), "the memoized result was left alone");
    }

    @Test
    void aPlainClassConditionLooksAtTheArguments() {
        pages.publish("draft:news");
        pages.publish("draft:news");
        pages.publish("news");
        pages.publish("news");
        assertEquals(3, runs.of("publish"));
    }
}
