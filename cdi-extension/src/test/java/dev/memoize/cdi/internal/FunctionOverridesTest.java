package dev.memoize.cdi.internal;

import dev.memoize.KeyStrategy;
import dev.memoize.Memoize;
import dev.memoize.Unless;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The keys, their precedence and their formats; the container tests prove them through MicroProfile Config. */
class FunctionOverridesTest {

    /** Declares the memoized method. */
    static class Dao {
        @Memoize(timeout = 2, unit = ChronoUnit.MINUTES)
        public String find(String id) {
            return id;
        }
    }

    /** The bean class that inherits it. */
    static class UserDao extends Dao {
    }

    private static final String DAO = Dao.class.getName();
    private static final String USER_DAO = UserDao.class.getName();

    private final Map<String, String> values = new HashMap<>();
    private final List<String> problems = new ArrayList<>();

    @Test
    void theMostSpecificKeyWinsAndTheBeanClassBeforeTheDeclaringClass() {
        values.put("Memoize/timeout", "1");
        assertEquals(Duration.ofMinutes(1), timeout());
        values.put(DAO + "/Memoize/timeout", "2");
        assertEquals(Duration.ofMinutes(2), timeout());
        values.put(USER_DAO + "/Memoize/timeout", "3");
        assertEquals(Duration.ofMinutes(3), timeout());
        values.put(DAO + "/find/Memoize/timeout", "4");
        assertEquals(Duration.ofMinutes(4), timeout());
        values.put(USER_DAO + "/find/Memoize/timeout", "5");
        assertEquals(Duration.ofMinutes(5), timeout());
        assertEquals(List.of(), problems);
    }

    @Test
    void withoutKeysTheAnnotationStands() {
        FunctionOverrides.Applied applied = apply();
        assertEquals(Duration.ofMinutes(2), applied.spec().timeout());
        assertEquals("", applied.describe());
    }

    @Test
    void aUnitAloneChangesTheAnnotationsTimeoutAndATimeoutIsInTheOverriddenUnit() {
        values.put(USER_DAO + "/find/Memoize/unit", "hours");
        assertEquals(Duration.ofHours(2), timeout());
        values.put("Memoize/timeout", "30");
        assertEquals(Duration.ofHours(30), timeout());
    }

    @Test
    void enabledFalseMeansNeverMemoizedWhateverTheTimeout() {
        values.put("Memoize/enabled", "false");
        values.put(USER_DAO + "/find/Memoize/timeout", "5");
        assertEquals(Duration.ZERO, timeout());
        values.put(USER_DAO + "/Memoize/enabled", "TRUE");
        assertEquals(Duration.ofMinutes(5), timeout());
    }

    @Test
    void foreverAndBounds() {
        values.put("Memoize/timeout", String.valueOf(Memoize.FOREVER));
        values.put("Memoize/maxEntries", "100");
        FunctionOverrides.Applied applied = apply();
        assertEquals(MethodSpec.FOREVER, applied.spec().timeout());
        assertEquals(100L, applied.spec().maxEntries());
        assertTrue(applied.describe().contains("Memoize/maxEntries = 100"), applied.describe());
    }

    @Test
    void aMalformedKeyIsReportedOnceWithItsValueAndTheFix() {
        values.put("Memoize/timeout", "soon");
        FunctionOverrides overrides = overrides();
        Memoize annotation = findMethod().getAnnotation(Memoize.class);
        overrides.apply(spec(), annotation);
        overrides.apply(spec(), annotation);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("test property Memoize/timeout=soon is not a timeout. Fix: give a "
                + "whole number of MINUTES"), problems.get(0));
    }

    @Test
    void anUnknownMemberIsADefinitionErrorAndAnUnknownMethodOnlyAWarning() {
        values.put(USER_DAO + "/find/Memoize/maxEntry", "5");
        values.put(USER_DAO + "/save/Memoize/timeout", "5");
        try (LogCapture log = new LogCapture()) {
            overrides().checkKeys(List.of(spec()));
            assertEquals(1, problems.size(), problems.toString());
            assertTrue(problems.get(0).contains("perhaps " + USER_DAO + "/find/Memoize/maxEntries"), problems.get(0));
            assertEquals(1, log.records().size());
            assertTrue(log.records().get(0).getMessage().contains(USER_DAO + "/save/Memoize/timeout"));
        }
    }

    private Duration timeout() {
        FunctionOverrides.Applied applied = apply();
        assertNull(applied.spec().maxEntries());
        return applied.spec().timeout();
    }

    private FunctionOverrides.Applied apply() {
        return overrides().apply(spec(), findMethod().getAnnotation(Memoize.class));
    }

    private FunctionOverrides overrides() {
        return new FunctionOverrides(new MapSettings(values), problems);
    }

    private static MethodSpec spec() {
        return new MethodSpec(findMethod(), UserDao.class, MethodSpec.defaultName(UserDao.class, findMethod()), false,
                Duration.ofMinutes(2), null, KeyStrategy.class, Unless.class, false, null, true);
    }

    private static Method findMethod() {
        try {
            return Dao.class.getMethod("find", String.class);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    private record MapSettings(Map<String, String> values) implements Settings {

        @Override
        public String value(String key) {
            return values.get(key);
        }

        @Override
        public String describe(String key) {
            return "test property " + key + "=" + values.get(key);
        }

        @Override
        public Set<String> names() {
            return values.keySet();
        }
    }
}
