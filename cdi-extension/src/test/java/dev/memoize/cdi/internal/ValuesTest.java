package dev.memoize.cdi.internal;

import org.junit.jupiter.api.Test;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

class ValuesTest {

    static final class Box implements Serializable {
        final List<String> items = new ArrayList<>(List.of("a"));
    }

    static final class Opaque {
        final List<String> items = new ArrayList<>();
    }

    private final Values copying = new Values(true, new Immutables(Set.of()));
    private final ClassLoader loader = getClass().getClassLoader();

    @Test
    void immutableResultsAreHeldAndHandedOutAsThemselves() throws Exception {
        List<String> names = List.of("a");
        assertSame(names, Values.handOut(copying.hold(names), loader));
    }

    @Test
    void aListOfImmutablesIsSnapshotWhenHeldAndCopiedForEachCaller() throws Exception {
        ArrayList<String> result = new ArrayList<>(List.of("a"));
        Object held = copying.hold(result);
        result.add("changed by its caller after it was held");
        Object first = Values.handOut(held, loader);
        Object second = Values.handOut(held, loader);
        assertEquals(List.of("a"), first);
        assertNotSame(first, second);
        assertEquals(ArrayList.class, first.getClass());
    }

    @Test
    void arraysAndMapsOfImmutablesAreCopied() throws Exception {
        int[] counts = {1, 2};
        Object held = copying.hold(counts);
        counts[0] = 9;
        assertArrayEquals(new int[] {1, 2}, (int[]) Values.handOut(held, loader));
        HashMap<String, Integer> map = new HashMap<>(Map.of("k", 1));
        Object heldMap = copying.hold(map);
        map.put("k", 2);
        assertEquals(Map.of("k", 1), Values.handOut(heldMap, loader));
    }

    @Test
    void anythingElseIsCopiedThroughSerializationOrNotAtAll() throws Exception {
        Box box = new Box();
        Object held = copying.hold(box);
        box.items.add("b");
        assertEquals(List.of("a"), ((Box) Values.handOut(held, loader)).items);
        assertSame(Values.UNCOPYABLE, copying.hold(new Opaque()));
    }

    @Test
    void sharingEverythingHoldsTheResultItself() throws Exception {
        Values sharing = new Values(false, new Immutables(Set.of()));
        Opaque opaque = new Opaque();
        assertSame(opaque, Values.handOut(sharing.hold(opaque), loader));
    }
}
