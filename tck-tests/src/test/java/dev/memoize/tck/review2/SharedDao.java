package dev.memoize.tck.review2;

import dev.memoize.Memoize;
import dev.memoize.tck.support.Runs;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A generic DAO base whose finders carry one explicit name each, as an application that wants readable names in
 * its cache browser writes them. Every subclass bean shares those names (the deployment accepts it).
 */
public abstract class SharedDao<T> {

    @Inject
    Runs runs;

    volatile CountDownLatch entered = new CountDownLatch(1);
    volatile CountDownLatch release = new CountDownLatch(0);

    @Memoize(name = "review2.dao.find", timeout = 60)
    public T find(long id) throws InterruptedException {
        runs.tick(table() + ".find");
        entered.countDown();
        release.await(10, TimeUnit.SECONDS);
        return row(id);
    }

    @Memoize(name = "review2.dao.findOptional", timeout = 60)
    public Optional<T> findOptional(long id) {
        runs.tick(table() + ".findOptional");
        return Optional.of(row(id));
    }

    @Memoize(name = "review2.dao.findAll", timeout = 60)
    public List<T> findAll(long id) {
        runs.tick(table() + ".findAll");
        return List.of(row(id));
    }

    /** The next {@link #find} signals its start and waits for {@link #release()}. */
    public void holdNext() {
        entered = new CountDownLatch(1);
        release = new CountDownLatch(1);
    }

    public boolean awaitEntered() throws InterruptedException {
        return entered.await(10, TimeUnit.SECONDS);
    }

    public void release() {
        release.countDown();
    }

    protected abstract T row(long id);

    protected abstract String table();
}
