package org.selfcheck.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar quarter, the period of rule R3 (the group checks at least once per quarter) and of the quarterly
 * statistics of 16号令. Quarters are calendar quarters in China: "today" is always taken in {@link #ZONE}, so a
 * check recorded at 00:30 on 1 April Beijing time belongs to Q2 although the UTC clock still says 31 March.
 *
 * @param year    a four-digit year, so that {@link #toString()} and {@link #parse(String)} always round-trip
 * @param quarter 1 to 4
 */
public record Quarter(int year, int quarter) implements Comparable<Quarter> {

    /** The time zone in which the notice's quarters and years are counted. */
    /** {@link #ZONE}'s name, for annotations (a schedule's time zone). */
    public static final String ZONE_NAME = "Asia/Shanghai";
    public static final ZoneId ZONE = ZoneId.of(ZONE_NAME);

    /** The report deadline is this day of the first month of the following quarter (16号令 Art. 14). */
    static final int REPORT_DAY = 15;

    private static final Pattern TEXT = Pattern.compile("(\\d{4})-?Q([1-4])");

    private static final Comparator<Quarter> ORDER = Comparator.comparingInt(Quarter::year).thenComparingInt(Quarter::quarter);

    public Quarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1 to 4: " + quarter);
        }
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year must have four digits: " + year);
        }
    }

    public static Quarter of(LocalDate date) {
        return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    /** The four quarters of a year, in order. */
    public static List<Quarter> of(int year) {
        return List.of(new Quarter(year, 1), new Quarter(year, 2), new Quarter(year, 3), new Quarter(year, 4));
    }

    /** The quarter running now in China, whatever zone the clock is in (the application's clock is UTC). */
    public static Quarter current(Clock clock) {
        return of(today(clock));
    }

    /** Today's date in China: the date every rule of the notice counts with. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    public LocalDate first() {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    public LocalDate last() {
        return first().plusMonths(3).minusDays(1);
    }

    /**
     * The first instant after the quarter: midnight at the start of the next quarter's first day in {@link #ZONE}.
     * Something done before it was done within the quarter; 2026-09-30T16:00:00Z is already 1 October in China.
     */
    public Instant end() {
        return next().first().atStartOfDay(ZONE).toInstant();
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(first()) && !date.isAfter(last());
    }

    public Quarter next() {
        return quarter == 4 ? new Quarter(year + 1, 1) : new Quarter(year, quarter + 1);
    }

    public Quarter previous() {
        return quarter == 1 ? new Quarter(year - 1, 4) : new Quarter(year, quarter - 1);
    }

    /**
     * When the quarter's statistics are due: by the 15th of the following quarter (16号令 Art. 14), so the
     * report on Q4 is due on 15 January of the next year. The default; provinces may set another day.
     */
    public LocalDate reportDeadline() {
        return reportDeadline(REPORT_DAY);
    }

    /** The report deadline with a province's own day of the following quarter's first month (1 to 28). */
    public LocalDate reportDeadline(int day) {
        if (day < 1 || day > 28) {
            throw new IllegalArgumentException("report day must be 1..28: " + day);
        }
        return next().first().withDayOfMonth(day);
    }

    /**
     * Whether the quarter is over on {@code today}: a check may still be done on its last day, so a quarter
     * without one becomes non-compliant only from the day after.
     */
    public boolean endedBefore(LocalDate today) {
        return today.isAfter(last());
    }

    /** Accepts what {@link #toString()} writes, "2026Q1", and the ISO-like "2026-Q1". */
    public static Quarter parse(String text) {
        Matcher m = text == null ? null : TEXT.matcher(text);
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("not a quarter (expected like 2026Q1): " + text);
        }
        return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    @Override
    public int compareTo(Quarter other) {
        return ORDER.compare(this, other);
    }

    /** Like "2026Q1": short, sortable as text, and what {@link #parse(String)} reads back. */
    @Override
    public String toString() {
        return String.format("%04dQ%d", year, quarter);
    }
}
