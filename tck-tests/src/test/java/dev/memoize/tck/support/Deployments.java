package dev.memoize.tck.support;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;

/** Builds the test archives: the scenario's classes plus the suite's support, as a bean archive. */
public final class Deployments {

    private Deployments() {
    }

    /** A bean archive (discovery mode {@code all}) with the given classes and the suite's support classes. */
    public static JavaArchive of(Class<?>... classes) {
        return support(ShrinkWrap.create(JavaArchive.class).addClasses(classes))
                .addAsManifestResource(EmptyAsset.INSTANCE, "beans.xml");
    }

    /** A bean archive whose beans.xml has the given body (inside {@code <beans>}). */
    public static JavaArchive withBeansXml(String mode, String body, Class<?>... classes) {
        return support(ShrinkWrap.create(JavaArchive.class).addClasses(classes))
                .addAsManifestResource(new StringAsset("""
                        <beans xmlns="https://jakarta.ee/xml/ns/jakartaee"
                               xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                               xsi:schemaLocation="https://jakarta.ee/xml/ns/jakartaee https://jakarta.ee/xml/ns/jakartaee/beans_4_0.xsd"
                               version="4.0" bean-discovery-mode="%s">
                        %s
                        </beans>
                        """.formatted(mode, body)), "beans.xml");
    }

    private static JavaArchive support(JavaArchive archive) {
        return archive.addClasses(Deployments.class, Runs.class, TestClock.class, TestConfig.class, Caches.class,
                LogRecorder.class);
    }
}
