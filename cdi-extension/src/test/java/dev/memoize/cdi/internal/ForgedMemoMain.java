package dev.memoize.cdi.internal;

import dev.outside.Gadget;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Set;

/**
 * Child JVM of {@link ForgedMemoTest}, run with {@code -Djdk.serialFilter=java.**;dev.memoize.**;!*}.
 * Prints CONTROL (bytes read from a cache, Memo.fromBytes) and FORGED (a Memo that a serializing cache tier wrote
 * with Java serialization and read back: Ehcache disk/offheap/clustered tiers, any copier).
 */
public final class ForgedMemoMain {

    public static void main(String[] args) throws Exception {
        ClassLoader loader = ForgedMemoMain.class.getClassLoader();
        Values values = new Values(true, new Immutables(Set.of()));

        // 1. bytes read from a (distributed) cache: the JVM-wide filter applies
        Memo fromCache = Memo.fromBytes(Memo.of(1L, Long.MAX_VALUE, new Gadget()).toBytes());
        try {
            fromCache.result(loader);
            System.out.println("CONTROL accepted gadget=" + Gadget.deserialized);
        } catch (Exception refused) {
            System.out.println("CONTROL refused " + refused);
        }
        Gadget.deserialized = false;

        // 2. a held memo (Serialized writtenHere=true), Java-serialized as a Memo by a cache tier, read back
        Memo held = Memo.of(1L, Long.MAX_VALUE, new Gadget()).held(values);
        ByteArrayOutputStream tier = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(tier)) {
            out.writeObject(held);
        }
        Memo readBack;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(tier.toByteArray()))) {
            readBack = (Memo) in.readObject(); // under the JVM-wide filter: Memo, Memo$Serialized, byte[] pass
        }
        try {
            Object result = readBack.result(loader);
            System.out.println("FORGED accepted " + result.getClass().getName() + " gadget=" + Gadget.deserialized);
        } catch (Exception refused) {
            System.out.println("FORGED refused " + refused);
        }
    }
}
