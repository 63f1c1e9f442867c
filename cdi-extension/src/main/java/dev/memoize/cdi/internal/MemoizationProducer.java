package dev.memoize.cdi.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Singleton;

/**
 * Makes the deployment's one {@link Memoization}. It looks the application's beans up through this archive's
 * {@link BeanManager}, which sees the application as any library bean archive does; the one handed to a portable
 * extension's observers may not (Payara gives every extension a bean archive of its own).
 */
@Dependent
class MemoizationProducer {

    @Produces
    @Singleton
    Memoization memoization(MemoizeExtension extension, BeanManager beanManager) {
        return Memoization.create(extension.specs(), new Beans(beanManager), extension.deploymentLoader(),
                extension.applicationName());
    }

    void close(@Disposes Memoization memoization) {
        memoization.close();
    }
}
