package org.selfcheck.reminder;

import org.selfcheck.shared.Quarter;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * On which days in China each reminder falls due, for the deadline it is about. A reminder is sent once per person,
 * kind, subject, deadline and occasion: {@link Occasion} is that key's date part, so a restart or a second node that
 * selects the same day selects the same occasion (the database's unique key then keeps it to one).
 * <ul>
 *   <li>a quarter's check not completed: {@link Offsets#checkDaysBefore} days before the quarter's last day;</li>
 *   <li>a quarterly report not signed: {@link Offsets#reportDays} days before its due day (the 15th of the next
 *       quarter's first month, or the province's day), 0 the due day itself, -1 the day after;</li>
 *   <li>a remediation deadline: {@link Offsets#remediationDays} days before it, -1 the day after it passed;</li>
 *   <li>the principal's yearly attendance still missing: the first day of Q4, then the first of every later month of
 *       the year (its deadline the year's last day);</li>
 *   <li>an extension waiting for the principal: {@link Offsets#extensionWaitDays} days after it was requested.</li>
 * </ul>
 * "Today" is always the date in China ({@link Quarter#today}), never the server's.
 */
public final class ReminderCalendar {

    /** What a reminder is about. */
    public enum Kind { CHECK_DUE, REPORT_UNSIGNED, REMEDIATION_DEADLINE, ATTENDANCE_MISSING, EXTENSION_WAITING }

    /**
     * A reminder due today: its kind, the deadline it is about and how many days before it this one is (negative:
     * after it). For an extension, {@code deadline} is the day it was requested and {@code daysBefore} minus the days
     * it has waited.
     */
    public record Occasion(Kind kind, LocalDate deadline, int daysBefore) {

        public Occasion {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(deadline, "deadline");
        }
    }

    /** The days of each kind (DOMAIN.md's defaults in {@link #DEFAULTS}). */
    public record Offsets(List<Integer> checkDaysBefore, List<Integer> reportDays, List<Integer> remediationDays,
                          int extensionWaitDays) {

        public Offsets {
            checkDaysBefore = List.copyOf(checkDaysBefore);
            reportDays = List.copyOf(reportDays);
            remediationDays = List.copyOf(remediationDays);
            if (extensionWaitDays < 1) {
                throw new IllegalArgumentException("an extension waits at least a day: " + extensionWaitDays);
            }
        }
    }

    /**
     * 14 and 3 days before a quarter ends; 5 days before the report's due day, on it and the day after; 7 and 1 days
     * before a remediation deadline and the day after; an extension after 2 days.
     */
    public static final Offsets DEFAULTS = new Offsets(List.of(14, 3), List.of(5, 0, -1), List.of(7, 1, -1), 2);

    private final Offsets offsets;
    private final int reportDueDay;

    /** @param reportDueDay the day of the next quarter's first month a report is due (1 to 28) */
    public ReminderCalendar(Offsets offsets, int reportDueDay) {
        this.offsets = Objects.requireNonNull(offsets, "offsets");
        if (reportDueDay < 1 || reportDueDay > 28) {
            throw new IllegalArgumentException("report day must be 1..28: " + reportDueDay);
        }
        this.reportDueDay = reportDueDay;
    }

    /** The reminder of the current quarter's check due today, if one is (the check not being done is the caller's to know). */
    public Optional<Occasion> check(LocalDate today) {
        LocalDate last = Quarter.of(today).last();
        return on(Kind.CHECK_DUE, last, today, offsets.checkDaysBefore());
    }

    /**
     * The reminder due today of a report not yet signed, if one is: the report of the quarter just ended (its due day
     * and the day after lie in the next quarter's first month).
     */
    public Optional<Occasion> report(LocalDate today) {
        LocalDate due = Quarter.of(today).previous().reportDeadline(reportDueDay);
        return on(Kind.REPORT_UNSIGNED, due, today, offsets.reportDays());
    }

    /** The quarter whose report {@link #report} reminds of on {@code today}. */
    public Quarter reportQuarter(LocalDate today) {
        return Quarter.of(today).previous();
    }

    /** The reminder due today of a hazard's remediation deadline, if one is. */
    public Optional<Occasion> remediation(LocalDate deadline, LocalDate today) {
        return on(Kind.REMEDIATION_DEADLINE, deadline, today, offsets.remediationDays());
    }

    /** The reminder due today of the principal's yearly attendance, if one is: the first of October, November, December. */
    public Optional<Occasion> attendance(LocalDate today) {
        if (Quarter.of(today).quarter() != 4 || today.getDayOfMonth() != 1) {
            return Optional.empty();
        }
        LocalDate yearEnd = LocalDate.of(today.getYear(), 12, 31);
        return Optional.of(new Occasion(Kind.ATTENDANCE_MISSING, yearEnd, (int) ChronoUnit.DAYS.between(today, yearEnd)));
    }

    /** The reminder due today of an extension requested on {@code requestedOn} and still undecided, if one is. */
    public Optional<Occasion> extension(LocalDate requestedOn, LocalDate today) {
        long waited = ChronoUnit.DAYS.between(requestedOn, today);
        return waited == offsets.extensionWaitDays()
                ? Optional.of(new Occasion(Kind.EXTENSION_WAITING, requestedOn, (int) -waited)) : Optional.empty();
    }

    private static Optional<Occasion> on(Kind kind, LocalDate deadline, LocalDate today, List<Integer> days) {
        int before = (int) ChronoUnit.DAYS.between(today, deadline);
        return days.contains(before) ? Optional.of(new Occasion(kind, deadline, before)) : Optional.empty();
    }
}
