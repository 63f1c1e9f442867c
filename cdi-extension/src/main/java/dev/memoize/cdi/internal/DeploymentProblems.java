package dev.memoize.cdi.internal;

import java.util.Collection;
import java.util.function.Consumer;

/**
 * Hands the misuses found at deployment to the container so that the deploying user reads the library's own
 * message, whichever CDI implementation runs. Weld keeps each problem added to the event as the message of its
 * deployment exception. OpenWebBeans only logs added problems and throws "There are errors that are added by ...
 * event observers. Look at logs for further details", with no cause; an exception an observer throws, however, it
 * keeps as the cause of its deployment exception, and CDI 4.0 (sections 11.5.2 and 11.5.3) makes an exception
 * thrown by an {@code AfterBeanDiscovery} or {@code AfterDeploymentValidation} observer a definition error or a
 * deployment problem. So on OpenWebBeans the problems are thrown, as one exception whose message lists them all,
 * the first on its first line.
 */
final class DeploymentProblems {

    private static final String OPENWEBBEANS_EVENTS = "org.apache.webbeans.";

    private DeploymentProblems() {
    }

    /** Whether {@code event}, a container lifecycle event, comes from OpenWebBeans. */
    static boolean isOpenWebBeans(Object event) {
        return event.getClass().getName().startsWith(OPENWEBBEANS_EVENTS);
    }

    /**
     * Reports {@code problems} (messages naming the method and the fix) through {@code add}, the event's
     * {@code addDefinitionError} or {@code addDeploymentProblem}; on OpenWebBeans throws them instead.
     *
     * @param event the container's event, to tell which CDI implementation runs
     * @throws MemoizeDefinitionException on OpenWebBeans, if there are problems
     */
    static void report(Collection<String> problems, Object event, Consumer<Throwable> add) {
        if (problems.isEmpty()) {
            return;
        }
        if (isOpenWebBeans(event)) {
            throw new MemoizeDefinitionException(String.join(System.lineSeparator(), problems));
        }
        problems.forEach(problem -> add.accept(new MemoizeDefinitionException(problem)));
    }
}
