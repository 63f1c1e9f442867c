package dev.memoize.jcache.internal;

import javax.cache.event.CacheEntryCreatedListener;
import javax.cache.event.CacheEntryEvent;
import javax.cache.event.CacheEntryExpiredListener;
import javax.cache.event.CacheEntryRemovedListener;
import javax.cache.event.CacheEntryUpdatedListener;
import java.io.Serial;
import java.io.Serializable;
import java.util.function.BiConsumer;

/** Tells the library of every change to a version record, with its new value (synchronous, local caches only). */
final class VersionListener implements CacheEntryCreatedListener<String, Object>, CacheEntryUpdatedListener<String, Object>,
        CacheEntryRemovedListener<String, Object>, CacheEntryExpiredListener<String, Object>, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient BiConsumer<String, Long> changed;

    VersionListener(BiConsumer<String, Long> changed) {
        this.changed = changed;
    }

    private void tell(Iterable<CacheEntryEvent<? extends String, ?>> events, boolean gone) {
        if (changed != null) {
            for (CacheEntryEvent<? extends String, ?> event : events) {
                changed.accept(event.getKey(), !gone && event.getValue() instanceof Long version ? version : null);
            }
        }
    }

    @Override
    public void onCreated(Iterable<CacheEntryEvent<? extends String, ?>> events) {
        tell(events, false);
    }

    @Override
    public void onUpdated(Iterable<CacheEntryEvent<? extends String, ?>> events) {
        tell(events, false);
    }

    @Override
    public void onRemoved(Iterable<CacheEntryEvent<? extends String, ?>> events) {
        tell(events, true);
    }

    @Override
    public void onExpired(Iterable<CacheEntryEvent<? extends String, ?>> events) {
        tell(events, true);
    }
}
