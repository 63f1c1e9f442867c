package dev.memoize.tck.server.validation;

import dev.memoize.tck.support.Deployments;
import dev.memoize.tck.support.server.ServerLibraries;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.ShouldThrowException;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * On a real server too, a misused {@code @Memoize} fails the deployment rather than the first call. Arquillian
 * deploys the archive and fails this test if the server accepts it. The WAR is packaged like the ones that deploy
 * fine elsewhere in the suite ({@link ServerLibraries}), so only the misuse can make it fail. (The messages themselves are asserted on Weld
 * SE, in {@code validation/DeploymentValidationTest}, where the container's exception can be read.)
 */
@ExtendWith(ArquillianExtension.class)
@DisabledIfSystemProperty(named = ServerLibraries.CONTAINER, matches = "payara", disabledReason = "the Payara Micro "
        + "adapter does not report a failed deployment of a non-testable archive; Payara does fail it, with the "
        + "library's message, as its log shows")
class DeploymentFailureTest {

    @Deployment(testable = false)
    @ShouldThrowException(Exception.class)
    static WebArchive deployment() {
        // Not testable, so Arquillian adds nothing: the WAR carries the library itself.
        return ShrinkWrap.create(WebArchive.class, "misuse.war")
                .addAsLibrary(Deployments.of(VoidReport.class))
                .addAsLibraries(ServerLibraries.libraries(System.getProperty(ServerLibraries.CONTAINER)));
    }

    @Test
    void aVoidMemoizedMethodFailsTheDeployment() {
        // The check is the deployment's failure, which Arquillian asserts before this runs.
    }
}
