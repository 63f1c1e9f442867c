package dev.memoize.cdi.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Lets concurrent callers of one cold key in this JVM run the computation once: the first becomes the leader,
 * the others wait for its result.
 *
 * <p>Callers share a computation only when they observed the same cache state (the flight key holds the key,
 * the version and the stored entry each caller saw), so a caller that starts after a delete never joins a
 * computation that started before it. When the leader fails, waiting callers get {@link #RETRY} and start their
 * call over (reading the cache again, one of them becoming the next leader); when the leader takes longer than the
 * wait bound, a waiting caller computes on its own.
 *
 * <p>A leader never waits on itself: a computation that calls its own function with the same key on the same
 * thread (through an injected self, the proxy, or {@code Memoizer.function}) gets {@link #REENTRANT} and runs the
 * inner body at once, as the method would without memoization. A computation that hands such a call to another
 * thread and waits for it cannot be told apart from a slow leader: that thread waits the wait bound, then computes.
 */
final class SingleFlight {

    /** A computation that may throw anything the method body throws. */
    interface Computation {
        Object run() throws Exception;
    }

    /** A leader's computation: its result, and what the callers waiting for it get their own copy of. */
    interface Leading {
        Outcome run() throws Exception;
    }

    /**
     * What a leader computed.
     *
     * @param result the leader's own result
     * @param shared the memo each waiting caller takes its own result from, or {@code null} if none can be shared
     *               (they start over)
     */
    record Outcome(Object result, Memo shared) {
    }

    /** Returned to a waiting caller: the memo its result comes from (a copy, where results are copied). */
    record Joined(Memo shared) {
    }

    /** Returned to a waiting caller whose leader failed: start the call over. */
    static final Object RETRY = new Object();

    /** Returned by {@link #follow} when there is no leader to follow: compute alone. */
    static final Object NO_FLIGHT = new Object();

    /** Returned by {@link #run} when the calling thread leads this very flight: compute at once, alone. */
    static final Object REENTRANT = new Object();

    /** A running computation and the thread that leads it. */
    private record Flight(CompletableFuture<Memo> result, Thread leader) {
    }

    /** Identifies one computation: the call's key and the cache state its callers observed. */
    record FlightKey(Object key, long version, long singles, long observedEntry) {
    }

    private final ConcurrentHashMap<FlightKey, Flight> flights = new ConcurrentHashMap<>();
    private final long waitNanos;
    private final Consumer<String> onWait;

    /**
     * @param waitNanos how long a caller waits for a leader before it computes on its own
     * @param onWait told the function's name each time a caller waits for a leader
     */
    SingleFlight(long waitNanos, Consumer<String> onWait) {
        this.waitNanos = waitNanos;
        this.onWait = onWait;
    }

    /**
     * Runs the computation as leader (returning its own result), or waits for the leader and returns
     * {@link Joined}; may return {@link #RETRY}, or {@link #REENTRANT} without running anything.
     */
    Object run(FlightKey key, String function, Leading computation) throws Exception {
        Flight mine = new Flight(new CompletableFuture<>(), Thread.currentThread());
        Flight leader = flights.putIfAbsent(key, mine);
        if (leader == null) {
            return lead(key, mine, computation);
        }
        if (leader.leader() == mine.leader()) {
            return REENTRANT;
        }
        onWait.accept(function);
        try {
            Memo shared = leader.result().get(waitNanos, TimeUnit.NANOSECONDS);
            return shared == null ? RETRY : new Joined(shared);
        } catch (ExecutionException leaderFailed) {
            return RETRY; // the leader's exception is its own
        } catch (TimeoutException slowLeader) {
            Log.leaderTimedOut(function, TimeUnit.NANOSECONDS.toMillis(waitNanos));
            return computation.run().result();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return computation.run().result();
        }
    }

    /**
     * Waits for a computation of the key that is already running, without ever leading one: for a caller whose
     * own result must not be handed to others (a caller inside a transaction, whose data may not be committed).
     *
     * @return the leader's result as {@link Joined}, or {@link #NO_FLIGHT} if none is running, or it failed, took
     *         too long or has nothing to share
     */
    Object follow(FlightKey key, String function) {
        Flight leader = flights.get(key);
        if (leader == null || leader.leader() == Thread.currentThread()) {
            return NO_FLIGHT;
        }
        onWait.accept(function);
        try {
            Memo shared = leader.result().get(waitNanos, TimeUnit.NANOSECONDS);
            return shared == null ? NO_FLIGHT : new Joined(shared);
        } catch (ExecutionException leaderFailed) {
            return NO_FLIGHT;
        } catch (TimeoutException slowLeader) {
            Log.leaderTimedOut(function, TimeUnit.NANOSECONDS.toMillis(waitNanos));
            return NO_FLIGHT;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return NO_FLIGHT;
        }
    }

    private Object lead(FlightKey key, Flight mine, Leading computation) throws Exception {
        try {
            Outcome outcome = computation.run();
            mine.result().complete(outcome.shared());
            return outcome.result();
        } catch (Throwable failure) {
            mine.result().completeExceptionally(failure);
            throw failure;
        } finally {
            flights.remove(key, mine);
        }
    }
}
