package dev.memoize.tck.generics;

import dev.memoize.Memoizer;
import dev.memoize.tck.support.Deployments;
import dev.memoize.tck.support.Runs;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A type-level {@code @Memoize} bean that extends a generic base and overrides its methods for its type argument:
 * the container lists the base's erased and abstract methods beside the overrides, and only the methods a call
 * runs may become functions (the deployment failed).
 */
@ExtendWith(ArquillianExtension.class)
class TypeLevelOverridesTest {

    @Deployment
    static JavaArchive deployment() {
        return Deployments.of(Rows.class, Rows.UserRow.class, Rows.OrderRow.class, GenericDao.class,
                TypedOverrideRepo.class);
    }

    @Inject
    TypedOverrideRepo typed;

    @Inject
    Memoizer memoizer;

    @Inject
    Runs runs;

    @Test
    void aTypeLevelOverrideOfAGenericFinderDeploysAndIsMemoizedOnce() {
        runs.reset();
        GenericDao<Rows.UserRow> dao = typed;
        assertEquals(new Rows.UserRow(3, "typed"), dao.find(3L));
        assertEquals(new Rows.UserRow(3, "typed"), typed.find(3L));
        assertEquals(1, runs.of("typed.find"));
        memoizer.deleteMemoized(TypedOverrideRepo.class, "find", 3L);
        dao.find(3L);
        assertEquals(2, runs.of("typed.find"), "the delete took effect");
    }
}
