package dev.memoize.tck.support;

import dev.memoize.cdi.internal.MemoizeExtension;
import dev.memoize.jcache.internal.JCacheExtension;
import org.jboss.weld.environment.se.Weld;

import java.util.UUID;

/** A Weld SE container of its own, without discovery, with the library's two extensions: for tests that boot one directly. */
public final class WeldSe {

    private WeldSe() {
    }

    public static Weld withMemoize(String name) {
        return new Weld(name + "-" + UUID.randomUUID()).disableDiscovery()
                .addExtension(new MemoizeExtension()).addExtension(new JCacheExtension());
    }
}
