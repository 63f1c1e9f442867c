package dev.memoize.cdi.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.Spliterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.Future;
import java.util.stream.BaseStream;

/**
 * How a memoized method's result type is memoized. A {@code CompletionStage} or {@code CompletableFuture} is
 * memoized by the value it completes with. A result that is a computation still running or to be run, or a source
 * that can be read once, is refused at deployment: memoizing the object itself would hand every later caller one
 * computation's outcome (a failure included) or a used-up source.
 */
final class ResultShapes {

    /** Packages of reactive libraries whose types are lazy pipelines, run again by each subscription. */
    private static final List<String> REACTIVE_PACKAGES = List.of("io.smallrye.mutiny.", "reactor.core.publisher.",
            "io.reactivex.", "org.reactivestreams.", "kotlinx.coroutines.", "io.vertx.core.Future",
            "rx.Observable", "rx.Single");

    private ResultShapes() {
    }

    /** Whether a method declaring this result type is memoized by the value its stage completes with. */
    static boolean isStage(Class<?> declared) {
        return declared == CompletionStage.class || declared == CompletableFuture.class;
    }

    /**
     * Why results of this declared type cannot be memoized, with the fix, or {@code null} if they can.
     *
     * @param declared the raw result type on the bean class
     */
    static String refusal(Class<?> declared) {
        if (isStage(declared)) {
            return null;
        }
        if (CompletionStage.class.isAssignableFrom(declared) || Future.class.isAssignableFrom(declared)) {
            return "it returns a " + declared.getName() + ", a computation that may still be running or may fail: "
                    + "memoizing the object would hand every later caller this one outcome, a failure included. "
                    + "Fix: declare the result as CompletionStage<T> or CompletableFuture<T>, which the library "
                    + "memoizes by the value it completes with.";
        }
        String reactive = reactiveType(declared);
        if (reactive != null) {
            return "it returns a " + declared.getName() + " (" + reactive + "), a lazy reactive type that each "
                    + "subscriber runs again: memoizing it would store the pipeline, not its value. Fix: return "
                    + "CompletionStage<T> (Mutiny: uni.subscribeAsCompletionStage(); Reactor: mono.toFuture()), "
                    + "or memoize a method that returns the value itself.";
        }
        if (BaseStream.class.isAssignableFrom(declared) || Iterator.class.isAssignableFrom(declared)
                || Spliterator.class.isAssignableFrom(declared) || java.util.Enumeration.class.isAssignableFrom(declared)) {
            return "it returns a " + declared.getName() + ", which can be read once: the first caller would use it "
                    + "up for every later one. Fix: return a collection (a List or a Set) instead.";
        }
        return null;
    }

    /** The reactive supertype that makes this type lazy, or {@code null}. */
    private static String reactiveType(Class<?> declared) {
        Deque<Class<?>> pending = new ArrayDeque<>(List.of(declared));
        Set<Class<?>> seen = new HashSet<>();
        while (!pending.isEmpty()) {
            Class<?> type = pending.pop();
            if (!seen.add(type)) {
                continue;
            }
            if (type == Flow.Publisher.class) {
                return "a java.util.concurrent.Flow.Publisher";
            }
            for (String prefix : REACTIVE_PACKAGES) {
                if (type.getName().startsWith(prefix)) {
                    return "a " + type.getName();
                }
            }
            if (type.getSuperclass() != null) {
                pending.push(type.getSuperclass());
            }
            pending.addAll(List.of(type.getInterfaces()));
        }
        return null;
    }
}
