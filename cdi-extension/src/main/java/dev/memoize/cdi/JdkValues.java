package dev.memoize.cdi;

import java.net.InetAddress;
import java.nio.charset.Charset;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.SimpleTimeZone;
import java.util.Set;
import java.util.TimeZone;
import java.util.regex.Pattern;

/**
 * Key parts of the JDK's value types (rule 9 of {@link DefaultKeyStrategy}): each keyed by the full value its
 * {@code equals()} compares, independent of the default time zone and locale, and typed by a class name.
 * java.sql types are recognised by name, so that a runtime without the java.sql module still loads this class.
 */
final class JdkValues {

    /** How a JDK value class is keyed. */
    enum Form {
        /** The class name and its quoted {@code toString()}, which is lossless for these classes. */
        TEXT,
        /** A {@code java.util.Date}, {@code java.sql.Date} or {@code java.sql.Time}: its instant, to the millisecond. */
        DATE,
        /** A {@code java.sql.Timestamp}: its instant, to the nanosecond. */
        TIMESTAMP,
        CALENDAR,
        TIME_ZONE,
        PATTERN,
        INET_ADDRESS,
        CHARSET,
        PATH
    }

    /** JDK classes whose {@code toString()} is lossless and depends on neither default time zone nor locale. */
    private static final Set<String> LOSSLESS_TO_STRING = Set.of(
            "java.util.UUID", "java.util.Locale", "java.util.Currency", "java.util.BitSet",
            "java.util.OptionalInt", "java.util.OptionalLong", "java.util.OptionalDouble",
            "java.net.URI", "java.net.URL", "java.io.File",
            "java.time.Instant", "java.time.LocalDate", "java.time.LocalTime", "java.time.LocalDateTime",
            "java.time.ZonedDateTime", "java.time.OffsetDateTime", "java.time.OffsetTime", "java.time.Duration",
            "java.time.Period", "java.time.ZoneOffset", "java.time.ZoneRegion", "java.time.Year",
            "java.time.YearMonth", "java.time.MonthDay",
            "java.time.chrono.HijrahDate", "java.time.chrono.JapaneseDate", "java.time.chrono.MinguoDate",
            "java.time.chrono.ThaiBuddhistDate", "java.time.chrono.JapaneseEra",
            "java.time.chrono.IsoChronology", "java.time.chrono.HijrahChronology",
            "java.time.chrono.JapaneseChronology", "java.time.chrono.MinguoChronology",
            "java.time.chrono.ThaiBuddhistChronology", "java.time.chrono.ChronoLocalDateTimeImpl",
            "java.time.chrono.ChronoZonedDateTimeImpl", "java.time.chrono.ChronoPeriodImpl",
            "java.time.temporal.ValueRange", "java.time.temporal.WeekFields");

    /** {@link GregorianCalendar#getGregorianChange()} unless changed: 1582-10-15T00:00:00Z. */
    private static final long DEFAULT_CUTOVER = -12219292800000L;

    private JdkValues() {
    }

    /** Whether the class belongs to the JDK (a module named {@code java.*} or {@code jdk.*}). */
    static boolean isJdk(Class<?> type) {
        String module = type.getModule().getName();
        return module != null && (module.startsWith("java.") || module.startsWith("jdk."));
    }

    /** How instances of a JDK class are keyed, or {@code null} if it is not one of the value types handled here. */
    static Form form(Class<?> type) {
        if (!isJdk(type)) {
            return null;
        }
        String name = type.getName();
        if (LOSSLESS_TO_STRING.contains(name)) {
            return Form.TEXT;
        }
        if (name.equals("java.util.Date") || name.equals("java.sql.Date") || name.equals("java.sql.Time")) {
            return Form.DATE;
        }
        if (name.equals("java.sql.Timestamp")) {
            return Form.TIMESTAMP;
        }
        if (Calendar.class.isAssignableFrom(type)) {
            return Form.CALENDAR;
        }
        if (TimeZone.class.isAssignableFrom(type)) {
            return Form.TIME_ZONE;
        }
        if (type == Pattern.class) {
            return Form.PATTERN;
        }
        if (InetAddress.class.isAssignableFrom(type)) {
            return Form.INET_ADDRESS;
        }
        if (Charset.class.isAssignableFrom(type)) {
            return Form.CHARSET;
        }
        if (Path.class.isAssignableFrom(type)) {
            return Form.PATH;
        }
        return null;
    }

    /**
     * Appends the part of a JDK value.
     *
     * @return {@code false} if this value has no stable key
     */
    static boolean append(StringBuilder part, Form form, Object value) {
        switch (form) {
            case TEXT:
                DefaultKeyStrategy.quote(part.append(value.getClass().getName()), value.toString(), '"');
                return true;
            case DATE:
                part.append(value.getClass().getName()).append('(').append(Instant.ofEpochMilli(((Date) value).getTime()));
                return close(part);
            case TIMESTAMP:
                // Timestamp overrides toInstant() with its nanoseconds
                part.append(value.getClass().getName()).append('(').append(((Date) value).toInstant());
                return close(part);
            case CALENDAR:
                return appendCalendar(part, (Calendar) value);
            case TIME_ZONE:
                return appendTimeZone(part, (TimeZone) value);
            case PATTERN:
                Pattern pattern = (Pattern) value;
                DefaultKeyStrategy.quote(part.append("java.util.regex.Pattern("), pattern.pattern(), '"');
                part.append(",flags=").append(pattern.flags());
                return close(part);
            case INET_ADDRESS:
                // the address, never a name: getHostAddress() does no lookup
                DefaultKeyStrategy.quote(part.append(value.getClass().getName()), ((InetAddress) value).getHostAddress(), '"');
                return true;
            case CHARSET:
                DefaultKeyStrategy.quote(part.append("java.nio.charset.Charset"), ((Charset) value).name(), '"');
                return true;
            case PATH:
                Path path = (Path) value;
                if (path.getFileSystem() != FileSystems.getDefault()) {
                    return false; // the same text names another file in another file system (a zip, say)
                }
                DefaultKeyStrategy.quote(part.append("java.nio.file.Path"), path.toString(), '"');
                return true;
            default:
                throw new AssertionError(form);
        }
    }

    /** What {@link Calendar#equals} compares: instant, time zone, leniency, week rules; and a Gregorian cutover. */
    private static boolean appendCalendar(StringBuilder part, Calendar calendar) {
        // Computing the time of the caller's calendar would change how its pending field changes resolve.
        long millis = ((Calendar) calendar.clone()).getTimeInMillis();
        part.append(calendar.getClass().getName()).append('(').append(Instant.ofEpochMilli(millis)).append(",zone=");
        if (!appendTimeZone(part, calendar.getTimeZone())) {
            return false;
        }
        part.append(",lenient=").append(calendar.isLenient())
                .append(",firstDayOfWeek=").append(calendar.getFirstDayOfWeek())
                .append(",minimalDaysInFirstWeek=").append(calendar.getMinimalDaysInFirstWeek());
        if (calendar instanceof GregorianCalendar gregorian && gregorian.getGregorianChange().getTime() != DEFAULT_CUTOVER) {
            part.append(",gregorianChange=").append(Instant.ofEpochMilli(gregorian.getGregorianChange().getTime()));
        }
        return close(part);
    }

    /**
     * A zone equal to the JDK's zone of its id keys by the id; a {@code SimpleTimeZone} by its complete
     * {@code toString()}; any other (a zone changed by {@code setRawOffset} or {@code setID}) has no stable key.
     */
    private static boolean appendTimeZone(StringBuilder part, TimeZone zone) {
        if (!isJdk(zone.getClass())) {
            return false;
        }
        String id = zone.getID();
        if (zone.equals(TimeZone.getTimeZone(id))) {
            DefaultKeyStrategy.quote(part.append("java.util.TimeZone"), id, '"');
            return true;
        }
        if (zone.getClass() == SimpleTimeZone.class) {
            DefaultKeyStrategy.quote(part.append("java.util.SimpleTimeZone"), zone.toString(), '"');
            return true;
        }
        return false;
    }

    private static boolean close(StringBuilder part) {
        part.append(')');
        return true;
    }
}
