package dev.memoize.cdi.internal;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.URL;
import java.util.List;

/** The library's one logger and the texts of its messages. */
final class Log {

    private static final Logger LOGGER = System.getLogger("dev.memoize");

    private Log() {
    }

    static void unkeyableArgument(String method, int index, Class<?> type) {
        LOGGER.log(Level.WARNING, () -> "Memoize: " + method + " runs unmemoized: "
                + (index == KeyWriter.TARGET ? "the target" : "argument " + index) + " of type " + type.getName() + " has no stable key: it is a JPA entity without an id yet (persist it first), "
                + "or its only identity is its memory address (fix: override toString() in " + type.getSimpleName()
                + " to describe its content, without identity hash codes; records key by their components, so check "
                + "theirs; or give the method a KeyStrategy that knows the type with @Memoize(keyStrategy = ...)). "
                + "This warning is shown once per method.");
    }

    /**
     * @param cacheSerializes whether the cache stores every result as bytes (distributed, or a local cache created
     *        to store by value), so that no result can be shared however immutable
     */
    static void uncopyable(String method, Class<?> type, Throwable cause, boolean cacheSerializes) {
        boolean notSerializable = cause instanceof java.io.NotSerializableException
                || cause != null && cause.getCause() instanceof java.io.NotSerializableException;
        LOGGER.log(Level.WARNING, () -> "Memoize: results of " + method + " are not memoized: " + type.getName()
                + (notSerializable && cacheSerializes
                        ? " (or what it holds) is not Serializable (" + cause.getMessage() + "), and the cache stores "
                        + "every result as bytes: it is distributed, or a local cache created to store by value (as "
                        + "JCache's MutableConfiguration does by default). Fix: make it Serializable; or, for a local "
                        + "cache, let the library create it, or create it with setStoreByValue(false)."
                        : notSerializable
                        ? " can be neither shared nor copied: it is not known to be immutable, and it (or what it "
                        + "holds) is not Serializable (" + cause.getMessage() + "). Fix: make it Serializable; or, "
                        + "if it is deeply immutable, annotate it @dev.memoize.Immutable (in a local cache); or share "
                        + "every result (MemoizeConfig.storeByValue() = false, local caches)."
                        : " could not be copied: serializing it threw " + cause + ". Fix: make it serialize, or "
                        + "return an immutable result.")
                + " Each call runs the method. Shown once per method.");
    }

    static void pendingResult(String method, Class<?> type) {
        LOGGER.log(Level.WARNING, () -> "Memoize: results of " + method + " are not memoized: it returned a "
                + type.getName() + ", a computation that may still run or fail, not a value. Fix: declare the "
                + "result as CompletionStage<T> or CompletableFuture<T>, which the library memoizes by the value it "
                + "completes with. Each call runs the method. Shown once per method.");
    }

    /** Whether {@code failure} is a deserialization filter's refusal (JEP 290: "filter status: REJECTED"). */
    static boolean refusedByFilter(Throwable failure) {
        return failure instanceof java.io.InvalidClassException refused
                && String.valueOf(refused.getMessage()).contains("REJECTED");
    }

    static void unreadable(String method, Exception cause) {
        if (refusedByFilter(cause)) {
            LOGGER.log(Level.WARNING, "Memoize: results of " + method + " are not memoized: a deserialization filter "
                    + "(JEP 290) refuses a class they hold (" + cause + "), so no stored result can be read back and "
                    + "each call runs the method. Fix: allow the application's result types in the filter "
                    + "(jdk.serialFilter, or the runtime's own list, such as Helidon's "
                    + "META-INF/helidon/serial-config.properties); this library's own classes never need allowing. "
                    + "Shown once per method; MemoizeStatistics.notMemoized() counts the calls.");
            return;
        }
        LOGGER.log(Level.WARNING, "Memoize: a stored result of " + method + " cannot be read back (" + cause
                + "); it is recomputed and overwritten. This happens when the result's class changed between "
                + "versions of the application. Shown once per method.");
    }

    static void keyFailure(String method, Throwable failure) {
        LOGGER.log(Level.WARNING, "Memoize: " + method + " runs unmemoized: building its key threw (an argument's "
                + "toString() or the KeyStrategy failed). Fix the toString() or the strategy, or give the method a "
                + "KeyStrategy that knows the argument's type. The business call is not affected. Shown once per "
                + "method.", failure);
    }

    static void targetKeyed(java.util.List<String> methods) {
        LOGGER.log(Level.INFO, () -> "Memoize: these methods key their results by the target instance too (the bean "
                + "can have several instances and its class overrides toString(), or its KeyStrategy keys targets), "
                + "so a delete by arguments alone cannot name one result: " + methods);
    }

    static void cacheFailure(String operation, String function, RuntimeException failure, long suppressed) {
        LOGGER.log(Level.WARNING, "Memoize: cache " + operation + " for " + function
                + " failed; the call runs uncached." + (suppressed > 0
                ? " (" + suppressed + " similar failures since the last report.)" : ""), failure);
    }

    static void deleteFailure(String what, RuntimeException failure) {
        LOGGER.log(Level.ERROR, "Memoize: " + what + " failed; results memoized before it may be served again "
                + "when the cache recovers. Repeat the delete, or call deleteMemoizedVerhash.", failure);
    }

    static void leaderTimedOut(String function, long waitMillis) {
        LOGGER.log(Level.WARNING, () -> "Memoize: a concurrent computation of " + function
                + " did not finish within " + waitMillis + " ms; this caller runs the body itself. "
                + "Raise MemoizeConfig.singleFlightTimeout() if the method is legitimately slow.");
    }

    static void afterCompletionFailure(String what, Exception failure) {
        LOGGER.log(Level.WARNING, "Memoize: " + what + " at the end of a transaction failed.", failure);
    }

    static void noTransactionRegistry(String name, Object reason) {
        LOGGER.log(Level.INFO, () -> "Memoize: no JTA TransactionSynchronizationRegistry at " + name + " (" + reason
                + "); such calls run as outside a transaction. On an application server, this happens when a "
                + "memoized call misses on a thread without the application's naming context, such as a thread the "
                + "application created itself; other threads still find it. Shown once.");
    }

    static void transactionStatusFailure(RuntimeException failure) {
        LOGGER.log(Level.WARNING, "Memoize: the JTA TransactionSynchronizationRegistry failed; calls that "
                + "miss the cache run unmemoized while it fails. Shown once.", failure);
    }

    static void enabledPerArchive(List<URL> listings) {
        LOGGER.log(Level.INFO, () -> "Memoize: the interceptor is listed in <interceptors> of " + listings
                + ": it is enabled per bean archive, in the order those beans.xml files give, and only in the "
                + "archives that list it.");
    }

    static void started(String storage, int functions) {
        LOGGER.log(Level.INFO, () -> "Memoize: " + functions + " memoized functions, storage " + storage);
    }

    static void noMicroProfileConfig(Throwable reason) {
        LOGGER.log(Level.INFO, () -> "Memoize: the MicroProfile Config API is on the class path but gives no "
                + "configuration (" + reason + "); settings are read from system properties.");
    }

    static void unmatchedOverrides(String source, List<String> keys) {
        LOGGER.log(Level.WARNING, () -> "Memoize: these keys of " + source + " override @Memoize members of "
                + "functions this deployment does not have (check the class and method names; a key names the bean "
                + "class or the declaring class, by binary name, and the method by name); they are ignored here: "
                + keys);
    }

    static void metricsNotPublished(String where, Throwable failure) {
        LOGGER.log(Level.WARNING, () -> "Memoize: metrics are not published to " + where + " (" + failure
                + "); Memoizer.statistics(name) still has them. Memoization is not affected.");
    }
}
