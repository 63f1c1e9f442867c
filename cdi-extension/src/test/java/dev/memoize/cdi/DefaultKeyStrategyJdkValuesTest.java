package dev.memoize.cdi;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.chrono.JapaneseDate;
import java.time.format.DateTimeFormatter;
import java.util.BitSet;
import java.util.Calendar;
import java.util.Currency;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.SimpleTimeZone;
import java.util.TimeZone;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Rule 3 and rule 9: JDK value types key by the full value their {@code equals()} compares, nothing else. */
class DefaultKeyStrategyJdkValuesTest {

    private final DefaultKeyStrategy keys = new DefaultKeyStrategy();

    /** The parts of {@code values} made under each default time zone and locale: all must be equal. */
    private void assertIndependentOfDefaults(Object value) {
        TimeZone zone = TimeZone.getDefault();
        Locale locale = Locale.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            Locale.setDefault(Locale.JAPAN);
            String east = keys.keyPart(value);
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            Locale.setDefault(Locale.forLanguageTag("ar-EG"));
            assertEquals(east, keys.keyPart(value), "default time zone and locale");
        } finally {
            TimeZone.setDefault(zone);
            Locale.setDefault(locale);
        }
    }

    @Test
    void doubleAndFloatKeyAsEqualsDecides() {
        assertNotEquals(keys.keyPart(0.0), keys.keyPart(-0.0));
        assertEquals("NaND", keys.keyPart(Double.NaN));
        assertEquals(keys.keyPart(Double.NaN), keys.keyPart(Double.longBitsToDouble(0x7ff8000000000001L)));
        assertNotEquals(keys.keyPart(0.0f), keys.keyPart(-0.0f));
        assertEquals(keys.keyPart(Float.NaN), keys.keyPart(Float.intBitsToFloat(0x7fc00001)));
        assertEquals("InfinityD", keys.keyPart(Double.POSITIVE_INFINITY));
    }

    @Test
    void bigDecimalKeepsItsScaleAndBigIntegerItsValue() {
        assertEquals("1.0BD", keys.keyPart(new BigDecimal("1.0")));
        assertNotEquals(keys.keyPart(new BigDecimal("1.0")), keys.keyPart(new BigDecimal("1.00")));
        assertNotEquals(keys.keyPart(new BigDecimal("1E+3")), keys.keyPart(new BigDecimal("1000")));
        assertEquals("123456789012345678901234567890BI", keys.keyPart(new BigInteger("123456789012345678901234567890")));
        assertNull(keys.keyPart(new BigDecimal("1") { }), "a subclass may carry more state");
    }

    @Test
    void aDateKeysByItsInstantToTheMillisecond() {
        assertEquals("java.util.Date(1970-01-01T00:00:01.500Z)", keys.keyPart(new Date(1500)));
        assertNotEquals(keys.keyPart(new Date(1_000)), keys.keyPart(new Date(1_500)), "toString() drops milliseconds");
        assertIndependentOfDefaults(new Date(1_700_000_000_123L));
    }

    @Test
    void sqlDatesTimesAndTimestampsKeyByTheirFullInstant() {
        assertEquals("java.sql.Date(2023-11-14T22:13:20.123Z)", keys.keyPart(new java.sql.Date(1_700_000_000_123L)));
        assertNotEquals(keys.keyPart(new java.sql.Date(0)), keys.keyPart(new java.sql.Date(3_600_000)),
                "java.sql.Date.toString() shows only the day");
        assertEquals("java.sql.Time(1970-01-01T00:00:00.001Z)", keys.keyPart(new java.sql.Time(1)));
        java.sql.Timestamp one = new java.sql.Timestamp(0);
        one.setNanos(1);
        java.sql.Timestamp two = new java.sql.Timestamp(0);
        two.setNanos(2);
        assertEquals("java.sql.Timestamp(1970-01-01T00:00:00.000000001Z)", keys.keyPart(one));
        assertNotEquals(keys.keyPart(one), keys.keyPart(two));
        assertNotEquals(keys.keyPart(new java.sql.Timestamp(0)), keys.keyPart(new Date(0)), "typed");
        assertIndependentOfDefaults(one);
        assertIndependentOfDefaults(new java.sql.Date(1_700_000_000_123L));
        assertIndependentOfDefaults(new java.sql.Time(1_700_000_000_123L));
    }

    @Test
    void aCalendarKeysByWhatItsEqualsCompares() {
        GregorianCalendar paris = new GregorianCalendar(TimeZone.getTimeZone("Europe/Paris"), Locale.FRANCE);
        paris.setTimeInMillis(1_700_000_000_123L);
        assertEquals("java.util.GregorianCalendar(2023-11-14T22:13:20.123Z,zone=java.util.TimeZone\"Europe/Paris\","
                + "lenient=true,firstDayOfWeek=2,minimalDaysInFirstWeek=4)", keys.keyPart(paris));
        assertIndependentOfDefaults(paris);

        GregorianCalendar other = (GregorianCalendar) paris.clone();
        other.setTimeZone(TimeZone.getTimeZone("Europe/Berlin"));
        assertNotEquals(keys.keyPart(paris), keys.keyPart(other), "zone");
        other = (GregorianCalendar) paris.clone();
        other.setLenient(false);
        assertNotEquals(keys.keyPart(paris), keys.keyPart(other), "lenient");
        other = (GregorianCalendar) paris.clone();
        other.setFirstDayOfWeek(Calendar.SUNDAY);
        assertNotEquals(keys.keyPart(paris), keys.keyPart(other), "first day of week");
        other = (GregorianCalendar) paris.clone();
        other.setMinimalDaysInFirstWeek(1);
        assertNotEquals(keys.keyPart(paris), keys.keyPart(other), "minimal days in first week");
        other = (GregorianCalendar) paris.clone();
        other.setTimeInMillis(1_700_000_000_623L);
        assertNotEquals(keys.keyPart(paris), keys.keyPart(other), "milliseconds");
        other = (GregorianCalendar) paris.clone();
        other.setGregorianChange(new Date(Long.MIN_VALUE));
        assertNotEquals(keys.keyPart(paris), keys.keyPart(other), "Gregorian cutover");
    }

    @Test
    void equalCalendarsShareAKeyAndKeyingLeavesPendingFieldsAlone() {
        TimeZone utc = TimeZone.getTimeZone("UTC");
        GregorianCalendar computed = new GregorianCalendar(utc, Locale.ROOT);
        computed.setTimeInMillis(0);
        GregorianCalendar pending = new GregorianCalendar(utc, Locale.ROOT);
        pending.clear();
        pending.set(Calendar.YEAR, 1970);
        assertEquals(computed, pending);
        assertEquals(keys.keyPart(computed), keys.keyPart(pending));
        assertFalse(pending.isSet(Calendar.MONTH), "the caller's calendar was not completed");
    }

    @Test
    void aTimeZoneKeysByItsIdOnlyWhenItIsTheJdksZoneOfThatId() {
        assertEquals("java.util.TimeZone\"Europe/Paris\"", keys.keyPart(TimeZone.getTimeZone("Europe/Paris")));
        assertEquals(keys.keyPart(TimeZone.getTimeZone("Europe/Paris")), keys.keyPart(TimeZone.getTimeZone(ZoneId.of("Europe/Paris"))));
        TimeZone shifted = TimeZone.getTimeZone("Europe/Paris");
        shifted.setRawOffset(0);
        assertNull(keys.keyPart(shifted));
        TimeZone renamed = TimeZone.getTimeZone("Europe/Paris");
        renamed.setID("America/New_York");
        assertNull(keys.keyPart(renamed), "Paris rules named New York");
        assertNotEquals(keys.keyPart(new SimpleTimeZone(3_600_000, "X")), keys.keyPart(new SimpleTimeZone(7_200_000, "X")));
        assertNotEquals(keys.keyPart(new SimpleTimeZone(0, "UTC")), keys.keyPart(TimeZone.getTimeZone("UTC")));
    }

    @Test
    void localeCurrencyUuidKeyByTheirLosslessText() {
        assertEquals("java.util.Locale\"fr_FR\"", keys.keyPart(Locale.FRANCE));
        assertEquals("java.util.Locale\"sr_RS_#Latn\"", keys.keyPart(Locale.forLanguageTag("sr-Latn-RS")));
        assertIndependentOfDefaults(Locale.FRANCE);
        assertEquals("java.util.Currency\"EUR\"", keys.keyPart(Currency.getInstance("EUR")));
        assertIndependentOfDefaults(Currency.getInstance("EUR"));
        assertEquals("java.util.UUID\"123e4567-e89b-12d3-a456-426614174000\"",
                keys.keyPart(UUID.fromString("123e4567-e89b-12d3-a456-426614174000")));
    }

    @Test
    void theOptionalsOfPrimitivesAndBitSetKeyByValue() {
        assertEquals("java.util.OptionalInt\"OptionalInt[1]\"", keys.keyPart(OptionalInt.of(1)));
        assertEquals("java.util.OptionalInt\"OptionalInt.empty\"", keys.keyPart(OptionalInt.empty()));
        assertNotEquals(keys.keyPart(OptionalInt.of(1)), keys.keyPart(OptionalLong.of(1)));
        assertNotEquals(keys.keyPart(OptionalInt.of(1)), keys.keyPart(Optional.of(1)));
        assertNotEquals(keys.keyPart(OptionalInt.empty()), keys.keyPart(OptionalLong.empty()));
        assertNotEquals(keys.keyPart(OptionalDouble.of(0.0)), keys.keyPart(OptionalDouble.of(-0.0)));
        BitSet bits = new BitSet();
        bits.set(1);
        bits.set(3);
        assertEquals("java.util.BitSet\"{1, 3}\"", keys.keyPart(bits));
    }

    @Test
    void javaTimeKeysByItsIsoText() {
        Instant instant = Instant.parse("2026-11-25T10:15:30.123456789Z");
        assertEquals("java.time.Instant\"2026-11-25T10:15:30.123456789Z\"", keys.keyPart(instant));
        ZonedDateTime paris = instant.atZone(ZoneId.of("Europe/Paris"));
        assertEquals("java.time.ZonedDateTime\"2026-11-25T11:15:30.123456789+01:00[Europe/Paris]\"", keys.keyPart(paris));
        assertNotEquals(keys.keyPart(paris), keys.keyPart(instant.atZone(ZoneId.of("Europe/Berlin"))), "same instant, other zone");
        assertNotEquals(keys.keyPart(paris), keys.keyPart(instant.atZone(ZoneOffset.ofHours(1))), "region vs offset");
        assertEquals("java.time.OffsetDateTime\"2026-11-25T11:15:30.123456789+01:00\"",
                keys.keyPart(instant.atOffset(ZoneOffset.ofHours(1))));
        assertEquals("java.time.Duration\"PT1.5S\"", keys.keyPart(Duration.ofMillis(1500)));
        assertNotEquals(keys.keyPart(Period.ofMonths(12)), keys.keyPart(Period.ofYears(1)), "as Period.equals");
        assertEquals("java.time.ZoneRegion\"Europe/Paris\"", keys.keyPart(ZoneId.of("Europe/Paris")));
        assertEquals("java.time.ZoneOffset\"+01:00\"", keys.keyPart(ZoneOffset.ofHours(1)));
        assertNotEquals(keys.keyPart(ZoneId.of("UTC")), keys.keyPart(ZoneOffset.UTC));
        assertEquals("java.time.Year\"2026\"", keys.keyPart(Year.of(2026)));
        assertEquals("java.time.YearMonth\"2026-11\"", keys.keyPart(YearMonth.of(2026, 11)));
        assertEquals("java.time.MonthDay\"--11-25\"", keys.keyPart(MonthDay.of(11, 25)));
        assertEquals("java.time.LocalTime\"10:15\"", keys.keyPart(LocalTime.of(10, 15)));
        assertEquals("java.time.LocalDateTime\"2026-11-25T10:15\"", keys.keyPart(LocalDateTime.of(2026, 11, 25, 10, 15)));
        assertEquals("java.time.OffsetTime\"10:15Z\"", keys.keyPart(OffsetTime.of(10, 15, 0, 0, ZoneOffset.UTC)));
        assertEquals("java.time.DayOfWeek.MONDAY", keys.keyPart(DayOfWeek.MONDAY));
        assertEquals("java.time.Month.MAY", keys.keyPart(Month.MAY));
        assertEquals("java.time.chrono.JapaneseDate\"Japanese Reiwa 2-01-01\"", keys.keyPart(JapaneseDate.of(2020, 1, 1)));
        assertNotEquals(keys.keyPart(LocalDate.of(2020, 1, 1)), keys.keyPart(JapaneseDate.of(2020, 1, 1)));
        assertIndependentOfDefaults(paris);
        assertIndependentOfDefaults(LocalDate.of(2026, 11, 25));
    }

    @Test
    void aDateTimeFormatterHasNoKey() {
        // its toString() shows neither locale nor zone: these two print the same
        assertNull(keys.keyPart(DateTimeFormatter.ofPattern("d MMMM", Locale.FRENCH)));
        assertNull(keys.keyPart(DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH)));
    }

    @Test
    void theMutableJavaTextFormatsHaveNoKey() {
        assertNull(keys.keyPart(new SimpleDateFormat("yyyy-MM-dd")));
        assertNull(keys.keyPart(new DecimalFormat("#.00")));
        assertNull(keys.keyPart(NumberFormat.getInstance(Locale.GERMANY)));
        assertNull(keys.keyPart(new MessageFormat("{0}")));
    }

    @Test
    void aPatternKeysByItsTextAndFlags() {
        assertEquals("java.util.regex.Pattern(\"a+\",flags=2)", keys.keyPart(Pattern.compile("a+", Pattern.CASE_INSENSITIVE)));
        assertNotEquals(keys.keyPart(Pattern.compile("a")), keys.keyPart(Pattern.compile("a", Pattern.CASE_INSENSITIVE)),
                "toString() omits the flags");
        assertEquals(keys.keyPart(Pattern.compile("a")), keys.keyPart(Pattern.compile("a")), "equals() is identity; keys are not");
    }

    @Test
    void uriAndUrlKeyByTheirTextAndAUrlIsNeverAskedForEqualsOrHashCode() throws Exception {
        assertEquals("java.net.URI\"http://example.com/a?b#c\"", keys.keyPart(URI.create("http://example.com/a?b#c")));
        URLStreamHandler noLookups = new URLStreamHandler() {
            @Override
            protected URLConnection openConnection(URL url) {
                throw new AssertionError("opened");
            }

            @Override
            protected int hashCode(URL url) {
                throw new AssertionError("hashCode() resolves the host");
            }

            @Override
            protected boolean equals(URL one, URL two) {
                throw new AssertionError("equals() resolves the host");
            }

            @Override
            protected synchronized InetAddress getHostAddress(URL url) {
                throw new AssertionError("looked up");
            }
        };
        URL url = new URL(null, "memo://example.com/a?b#c", noLookups);
        assertEquals("java.net.URL\"memo://example.com/a?b#c\"", keys.keyPart(url));
        assertEquals("List[java.net.URL\"memo://example.com/a?b#c\"]", keys.keyPart(List.of(url)));
    }

    @Test
    void anInetAddressKeysByItsAddressNeverByAName() throws Exception {
        InetAddress named = InetAddress.getByAddress("example.com", new byte[] {(byte) 192, 0, 2, 1});
        InetAddress bare = InetAddress.getByAddress(new byte[] {(byte) 192, 0, 2, 1});
        assertEquals("java.net.Inet4Address\"192.0.2.1\"", keys.keyPart(bare));
        assertEquals(keys.keyPart(bare), keys.keyPart(named), "equal addresses");
        assertNotEquals(keys.keyPart(bare), keys.keyPart(InetAddress.getByAddress(new byte[] {(byte) 192, 0, 2, 2})));
        byte[] linkLocal = new byte[16];
        linkLocal[0] = (byte) 0xfe;
        linkLocal[1] = (byte) 0x80;
        linkLocal[15] = 1;
        assertEquals("java.net.Inet6Address\"fe80:0:0:0:0:0:0:1%3\"", keys.keyPart(Inet6Address.getByAddress(null, linkLocal, 3)));
        assertNotEquals(keys.keyPart(Inet6Address.getByAddress(null, linkLocal, 3)),
                keys.keyPart(Inet6Address.getByAddress(null, linkLocal, 4)), "the scope picks the interface");
    }

    @Test
    void filesCharsetsAndPathsOfTheDefaultFileSystemKeyByText() throws Exception {
        assertEquals("java.io.File\"/tmp/a\"", keys.keyPart(new File("/tmp/a")));
        assertEquals("java.nio.charset.Charset\"UTF-8\"", keys.keyPart(StandardCharsets.UTF_8));
        assertEquals("java.nio.file.Path\"a/b\"", keys.keyPart(Path.of("a", "b")));
        Path directory = Files.createTempDirectory("keys");
        Path zip = directory.resolve("a.zip");
        try (FileSystem zipFs = FileSystems.newFileSystem(zip, Map.of("create", "true"))) {
            assertNull(keys.keyPart(zipFs.getPath("a", "b")), "another file system: the same text names another file");
        } finally {
            Files.deleteIfExists(zip);
            Files.delete(directory);
        }
    }

    @Test
    void propertiesKeyAsAMapUnlessDefaultsShowThrough() {
        Properties plain = new Properties();
        plain.setProperty("b", "2");
        plain.setProperty("a", "1");
        assertEquals("Map{\"a\"=\"1\",\"b\"=\"2\"}", keys.keyPart(plain));
        Properties defaults = new Properties();
        defaults.setProperty("c", "3");
        Properties layered = new Properties(defaults);
        layered.setProperty("a", "1");
        Properties alone = new Properties();
        alone.setProperty("a", "1");
        assertNull(keys.keyPart(layered), "getProperty(\"c\") shows a default");
        assertEquals("Map{\"a\"=\"1\"}", keys.keyPart(alone));
        Properties shadowed = new Properties(defaults);
        shadowed.setProperty("c", "4");
        assertEquals("Map{\"c\"=\"4\"}", keys.keyPart(shadowed), "an own value hides the default");
        Properties objects = new Properties(defaults);
        objects.put("c", 4);
        assertNull(keys.keyPart(objects), "getProperty(\"c\") looks past a value that is not a string");
        Properties numbered = new Properties();
        numbered.put(1, "one");
        assertNull(keys.keyPart(numbered), "propertyNames() fails on a key that is not a string");
    }

    @Test
    void otherJdkClassesHaveNoKey() {
        Thread thread = new Thread(() -> { }, "worker");
        assertNull(keys.keyPart(thread), "Thread[worker,5,main] names no thread");
        assertNull(keys.keyPart(new StringBuilder("a")));
        assertNull(keys.keyPart(new AtomicInteger(1)));
        assertNull(keys.keyPart(new AtomicReference<>(1)), "prints 1 for 1, 1L or \"1\"");
        assertNull(keys.keyPart(new IllegalStateException("x")));
        assertNull(keys.keyPart(java.nio.ByteBuffer.wrap(new byte[] {1})), "shows position and limit, not content");
        Supplier<String> lambda = () -> "x";
        assertNull(keys.keyPart(lambda));
        assertNull(keys.keyPart(lambda.getClass()), "a hidden class's name is made up by each JVM");
        assertEquals("class int[]", keys.keyPart(int[].class));
        assertEquals("class java.lang.String[][]", keys.keyPart(String[][].class));
    }

    @Test
    void aSubclassOfAJdkValueTypeWithTheJdksToStringHasNoKey() {
        class LaterDate extends Date {
            LaterDate(long millis) {
                super(millis);
            }
        }
        assertNull(keys.keyPart(new LaterDate(0)), "Date.toString() is in the default time zone and drops milliseconds");
    }
}
