package dev.memoize.tck.validation;

import dev.memoize.tck.support.SeContainers;
import jakarta.enterprise.inject.se.SeContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Misuse of @Memoize fails the deployment with a message that names the method and the fix, on Weld and on
 * OpenWebBeans (which keeps problems an extension adds out of its exception: the library throws them there). Boots
 * a CDI SE container directly, so that the message itself can be checked.
 */
class DeploymentValidationTest {

    @Test
    void aCorrectBeanDeploys() {
        assertDoesNotThrow(() -> bootAndClose(Misuses.Correct.class));
    }

    @Test
    void voidMethod() {
        assertDeploymentFails("VoidMethod.refresh()", "a void method has no result to memoize", Misuses.VoidMethod.class);
    }

    @Test
    void privateMethod() {
        assertDeploymentFails("PrivateMethod.secret(String)", "Fix: make it public", Misuses.PrivateMethod.class);
    }

    @Test
    void staticMethod() {
        assertDeploymentFails("StaticMethod.utility(String)", "Memoizer.function(name, timeout)", Misuses.StaticMethod.class);
    }

    @Test
    void finalMethod() {
        if ("openwebbeans".equals(System.getProperty("memoize.tck.cdi"))) {
            // OpenWebBeans refuses an intercepted final method itself, before any extension sees the bean
            assertDeploymentFails(Misuses.FinalMethod.class.getName(),
                    "can not be defined as non-static, non-private and final", Misuses.FinalMethod.class);
            return;
        }
        assertDeploymentFails("FinalMethod.fixed(String)", "Fix: remove final from the method", Misuses.FinalMethod.class);
    }

    @Test
    void finalClass() {
        assertDeploymentFails("FinalClass", "Fix: remove final from the class", Misuses.FinalClass.class);
    }

    @Test
    void nameOnAType() {
        assertDeploymentFails("NameOnType", "put @Memoize(name = ...) on the methods", Misuses.NameOnType.class);
    }

    @Test
    void negativeTimeout() {
        assertDeploymentFails("NegativeTimeout.negative(String)", "a timeout cannot be negative", Misuses.NegativeTimeout.class);
    }

    @Test
    void oneNameSharedByBeanClassesOfDifferentResultTypes() {
        assertDeploymentFails("java.util.Optional<java.lang.Integer>",
                "so that each bean class has a function of its own", Misuses.SharedStrings.class,
                Misuses.SharedNumbers.class);
    }

    @Test
    void anAbstractMemoizedMethodWhoseImplementationIsNot() {
        assertDeploymentFails("AbstractTemplate.render(String)", "put @Memoize on the implementing method",
                Misuses.LostTemplate.class);
    }

    @Test
    @EnabledIfSystemProperty(named = "memoize.tck.cdi", matches = "openwebbeans",
            disabledReason = "Weld intercepts a memoized default method: DefaultMethodsTest")
    void aMemoizedDefaultMethodOnOpenWebBeans() {
        assertDeploymentFails("DefaultDescriber.describe(String)", "put @Memoize on the override",
                Misuses.DefaultDescriber.class);
    }

    @Test
    @EnabledIfSystemProperty(named = "memoize.tck.cdi", matches = "openwebbeans",
            disabledReason = "Weld intercepts an inherited default method of a type-level @Memoize bean")
    void aTypeLevelMemoizeOverAnInheritedDefaultMethodOnOpenWebBeans() {
        assertDeploymentFails("TypeLevelGreeter.greet(String)", "put @Memoize on the override",
                Misuses.TypeLevelGreeter.class);
    }

    @Test
    void twoKeyStrategyAlternativesWithOnePriority() {
        assertDeploymentFails("Correct.fine(String)", "enable one KeyStrategy alternative",
                Misuses.Correct.class, Misuses.FirstKeys.class, Misuses.SecondKeys.class);
    }

    @Test
    void inexactUnit() {
        assertDeploymentFails("InexactUnit.monthly(String)", "use an exact unit", Misuses.InexactUnit.class);
    }

    @Test
    void oneNameWithTwoTimeouts() {
        assertDeploymentFails("\"shared.timeout\"", "with different timeouts", Misuses.ShortLived.class, Misuses.LongLived.class);
    }

    @Test
    void oneNameForTwoMethodsWithTheSameParameters() {
        assertDeploymentFails("FirstOwner.lookup(String)", "give one of them another name",
                Misuses.FirstOwner.class, Misuses.SecondOwner.class);
    }

    @Test
    void aKeyStrategyThatCannotBeMade() {
        assertDeploymentFails("UnusableStrategy.keyed(String)", "public no-argument constructor", Misuses.UnusableStrategy.class);
    }

    @Test
    void aBoundBelowOne() {
        assertDeploymentFails("NoEntries.none(String)", "a cache keeps at least one result", Misuses.NoEntries.class);
    }

    @Test
    void oneNameWithTwoBounds() {
        assertDeploymentFails("\"shared.bound\"", "with different maxEntries", Misuses.SmallBound.class,
                Misuses.LargeBound.class);
    }

    @Test
    void anApplicationConfigurationWithABoundBelowOne() {
        assertDeploymentFails("MemoizeConfig.maxEntries() of " + Misuses.ZeroBoundConfig.class.getName(),
                "return a positive number", Misuses.ZeroBoundConfig.class, Misuses.Correct.class);
    }

    @Test
    void aBoundPropertyThatIsNotAPositiveNumber() {
        System.setProperty("dev.memoize.maxEntries", "0");
        try {
            assertDeploymentFails("dev.memoize.maxEntries=0", "a number of entries", Misuses.Correct.class);
        } finally {
            System.clearProperty("dev.memoize.maxEntries");
        }
    }

    @Test
    void aSystemPropertyThatIsNotADuration() {
        System.setProperty("dev.memoize.defaultTimeout", "five minutes");
        try {
            assertDeploymentFails("dev.memoize.defaultTimeout=five minutes", "ISO-8601 (PT5M)", Misuses.Correct.class);
        } finally {
            System.clearProperty("dev.memoize.defaultTimeout");
        }
    }

    @Test
    void aFutureThatIsNoCompletionStage() {
        assertDeploymentFails("FutureResult.report(String)", "declare the result as CompletionStage<T>",
                Misuses.FutureResult.class);
    }

    @Test
    void aCompletableFutureSubclass() {
        assertDeploymentFails("FutureSubclassResult.report(String)", "declare the result as CompletionStage<T>",
                Misuses.FutureSubclassResult.class);
    }

    @Test
    void aMutinyUni() {
        assertDeploymentFails("MutinyResult.report(String)", "uni.subscribeAsCompletionStage()",
                Misuses.MutinyResult.class);
    }

    @Test
    void aFlowPublisher() {
        assertDeploymentFails("PublisherResult.report(String)", "a lazy reactive type", Misuses.PublisherResult.class);
    }

    @Test
    void aStreamUnderATypeLevelMemoize() {
        assertDeploymentFails("StreamResult.lines(String) (from the type)", "return a collection",
                Misuses.StreamResult.class);
    }

    @Test
    void clusterSingleFlightOnAStage() {
        assertDeploymentFails("ClusterWideStage.report(String)", "Fix: remove clusterSingleFlight",
                Misuses.ClusterWideStage.class);
    }

    private static void assertDeploymentFails(String names, String fix, Class<?>... beans) {
        RuntimeException failure = assertThrows(RuntimeException.class, () -> bootAndClose(beans));
        String message = messages(failure);
        assertTrue(message.contains(names), "names the culprit: " + message);
        assertTrue(message.contains(fix), "says the fix: " + message);
    }

    /**
     * Boots and closes a container under a context class loader of its own: OpenWebBeans SE registers its
     * container by that loader and leaves a failed one registered.
     */
    private static void bootAndClose(Class<?>... beans) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(new ClassLoader(previous) { });
        try (SeContainer container = SeContainers.withMemoize().addBeanClasses(beans).initialize()) {
            container.getBeanManager();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static String messages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }
}
