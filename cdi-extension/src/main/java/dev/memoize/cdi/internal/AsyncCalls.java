package dev.memoize.cdi.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The protocol of a call of a method that returns a {@code CompletionStage}: it is memoized by the value its stage
 * completes with, under the same keys, records and deletes as any other result.
 *
 * <p>A hit returns a completed future of the caller's own result (a copy where results are copied). A miss leads or
 * joins the one computation of that key in this JVM: the leader runs the body, and when its stage completes
 * normally, the value is stored by {@link CallProtocol}'s protocol with what the leader observed before the body
 * ran, so a delete made while the stage was running wins, and the timeout runs from completion. Callers that
 * arrive while the stage runs, having observed the same records and entry, join it; a caller that arrives after a
 * delete observes other records and never joins a stage that started before it. A stage that completes
 * exceptionally (a cancellation included) is never memoized: its leader and the callers that joined it get its
 * failure, and the next call runs the body again.
 *
 * <p>Every caller gets a future of its own: completing or cancelling it changes nothing for the others, and the
 * computation goes on and is memoized. The stage the body returned is never handed out. A stage that has not
 * completed within the single-flight bound is no longer joined: the next caller runs the body itself.
 *
 * <p>Inside a JTA transaction a miss runs the body and stores nothing (the stage may complete after the
 * transaction, whose data are not committed yet), as does a call whose cache fails; cluster-wide single flight
 * does not apply.
 */
final class AsyncCalls {

    /** A running stage of one key: the memo its callers take their results from, and its leader while the body runs. */
    private static final class Flight {

        final CompletableFuture<Memo> shared = new CompletableFuture<>();
        final long started = System.nanoTime();
        volatile Thread leader = Thread.currentThread();
    }

    private final CallProtocol protocol;
    private final Transactions transactions;
    private final long waitNanos;
    private final ConcurrentHashMap<SingleFlight.FlightKey, Flight> flights = new ConcurrentHashMap<>();
    private ScheduledThreadPoolExecutor timer;
    private boolean closed;

    AsyncCalls(CallProtocol protocol, Transactions transactions, long waitNanos) {
        this.protocol = protocol;
        this.transactions = transactions;
        this.waitNanos = waitNanos;
    }

    /**
     * Returns a future of the memoized value under {@code key}, or runs {@code body} (which returns the method's
     * stage) and memoizes the value it completes with.
     */
    Object call(Plan plan, Object key, SingleFlight.Computation body) throws Exception {
        return call(plan, key, body, true);
    }

    /** As {@link #call(Plan, Object, SingleFlight.Computation)}; {@code counted} is false for a call run again. */
    private Object call(Plan plan, Object key, SingleFlight.Computation body, boolean counted) throws Exception {
        Object found = protocol.lookup(plan, key, counted);
        if (!(found instanceof CallProtocol.Miss miss)) {
            return CompletableFuture.completedFuture(found);
        }
        if (miss.uncached() || transactions.current() != null || !plan.sharesStages()) {
            return body.run();
        }
        SingleFlight.FlightKey flightKey = new SingleFlight.FlightKey(key, miss.version(), miss.singles(),
                miss.observedEntry());
        while (true) {
            Flight mine = new Flight();
            Flight running = flights.putIfAbsent(flightKey, mine);
            if (running == null) {
                return lead(plan, key, miss, flightKey, mine, body);
            }
            if (running.leader == Thread.currentThread()) {
                // The body calls its own function with the same key before returning its stage: joining would
                // make the stage wait for itself.
                return body.run();
            }
            if (System.nanoTime() - running.started > waitNanos) {
                if (flights.replace(flightKey, running, mine)) {
                    Log.leaderTimedOut(plan.function().name(), TimeUnit.NANOSECONDS.toMillis(waitNanos));
                    return lead(plan, key, miss, flightKey, mine, body);
                }
                continue;
            }
            if (counted) {
                plan.function().metrics().waits.increment();
            }
            return join(plan, key, running, running.started + waitNanos - System.nanoTime(), body);
        }
    }

    private Object lead(Plan plan, Object key, CallProtocol.Miss miss, SingleFlight.FlightKey flightKey, Flight mine,
                        SingleFlight.Computation body) throws Exception {
        CallProtocol.Observation seen;
        Object stage;
        long start;
        try {
            try {
                seen = CallProtocol.observe(miss.cache(), key, miss.version(), miss.singles(), miss.check());
            } catch (RuntimeException failure) {
                protocol.readFailed(plan, failure);
                end(flightKey, mine, null, null);
                return body.run();
            }
            Memo done = protocol.hitIn(seen);
            if (done != null) {
                // A stage that completed between this caller's read and its flight stored the value.
                Object result = protocol.decode(plan, done);
                if (result != CallProtocol.UNREADABLE) {
                    end(flightKey, mine, protocol.heldLocally(done, result), null);
                    return CompletableFuture.completedFuture(result);
                }
            }
            start = System.nanoTime();
            stage = body.run();
        } catch (Throwable failure) {
            end(flightKey, mine, null, failure);
            throw failure;
        } finally {
            mine.leader = null;
        }
        if (!(stage instanceof CompletionStage<?> running)) {
            end(flightKey, mine, null, null); // null: the caller gets what the method returned; the joined start over
            return stage;
        }
        CompletableFuture<Object> own = new CompletableFuture<>();
        running.whenComplete((value, failure) -> {
            Memo shared = null;
            Throwable outcome = failure;
            try {
                if (failure == null) {
                    shared = protocol.store(plan, miss.cache(), key, seen, value);
                    plan.function().metrics().missTimes.record(System.nanoTime() - start);
                    if (shared == null && value != null) {
                        plan.stopSharingStages(); // its values cannot be copied: callers run their own bodies
                    }
                }
            } catch (RuntimeException | Error strict) {
                outcome = strict; // a cache failure in strict mode
            } finally {
                if (outcome != null) {
                    own.completeExceptionally(outcome);
                } else {
                    own.complete(value);
                }
                end(flightKey, mine, shared, outcome);
            }
        });
        return own;
    }

    /** Ends a flight: later callers read the cache again; the joined get {@code shared}'s result or the failure. */
    private void end(SingleFlight.FlightKey flightKey, Flight flight, Memo shared, Throwable failure) {
        flights.remove(flightKey, flight);
        if (failure != null) {
            flight.shared.completeExceptionally(failure);
        } else {
            flight.shared.complete(shared);
        }
    }

    /**
     * A future of this caller's own result from a running stage: its own copy, or its failure. A caller gets no copy
     * when the stage's value cannot be copied, and stops waiting when the stage has not completed within the
     * single-flight bound (a stuck stage, or one that waits for this very call: a retry of the method inside its own
     * stage): then it runs the call itself, as a waiter of a synchronous computation does, though not on its own
     * thread, which has returned.
     */
    private CompletableFuture<Object> join(Plan plan, Object key, Flight running, long remainingNanos,
                                           SingleFlight.Computation body) {
        CompletableFuture<Object> own = new CompletableFuture<>();
        AtomicBoolean settled = new AtomicBoolean();
        ScheduledFuture<?> bound = schedule(() -> {
            if (settled.compareAndSet(false, true)) {
                Log.leaderTimedOut(plan.function().name(), TimeUnit.NANOSECONDS.toMillis(waitNanos));
                CompletableFuture.runAsync(() -> runItself(plan, key, body, own));
            }
        }, remainingNanos);
        running.shared.whenComplete((shared, failure) -> {
            if (bound != null) {
                bound.cancel(false);
            }
            if (!settled.compareAndSet(false, true)) {
                return;
            }
            if (failure != null) {
                own.completeExceptionally(failure); // the very exception its leader got
                return;
            }
            Object result = shared == null ? CallProtocol.UNREADABLE : protocol.decode(plan, shared);
            if (result != CallProtocol.UNREADABLE) {
                own.complete(result);
            } else {
                // Nothing this caller may share (a value that cannot be copied): it runs the call itself, off the
                // thread that completed the stage.
                CompletableFuture.runAsync(() -> runItself(plan, key, body, own));
            }
        });
        return own;
    }

    /**
     * Runs {@code task} after {@code nanos} on this runtime's timer: one daemon thread, started on first use with no
     * context class loader (so it pins no application's), stopped by {@link #close()}. {@code null} once closed: the
     * caller then waits for the stage alone.
     */
    private synchronized ScheduledFuture<?> schedule(Runnable task, long nanos) {
        if (closed) {
            return null;
        }
        if (timer == null) {
            timer = new ScheduledThreadPoolExecutor(1, runnable -> {
                Thread thread = new Thread(runnable, "memoize-stage-bound");
                thread.setDaemon(true);
                thread.setContextClassLoader(null);
                return thread;
            });
            timer.setRemoveOnCancelPolicy(true);
        }
        try {
            return timer.schedule(task, Math.max(nanos, 0L), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException shutDown) {
            return null;
        }
    }

    /** Stops the timer; callers still joined to a stage wait for it without a bound. */
    synchronized void close() {
        closed = true;
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }

    /** Runs a joined caller's call again, completing its future with the outcome. */
    private void runItself(Plan plan, Object key, SingleFlight.Computation body, CompletableFuture<Object> own) {
        try {
            Object again = call(plan, key, body, false);
            if (again instanceof CompletionStage<?> stage) {
                stage.whenComplete((value, error) -> {
                    if (error != null) {
                        own.completeExceptionally(error);
                    } else {
                        own.complete(value);
                    }
                });
            } else {
                own.complete(again);
            }
        } catch (Throwable error) {
            own.completeExceptionally(error);
        }
    }
}
