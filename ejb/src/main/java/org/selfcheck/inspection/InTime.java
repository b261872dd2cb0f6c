package org.selfcheck.inspection;

import org.selfcheck.shared.Quarter;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Ended periods are final (R3, R5; DOMAIN "Time and evidence"): whether what was recorded about a check counts
 * for its period, decided by when it was recorded, not by the date the check bears. The one home of the rule:
 * the compliance calendar, the quarterly report and the bureau's summaries all ask it.
 *
 * <ul>
 *   <li><b>R3.</b> A check covers the quarter of its date only if it was completed (locked) before the quarter's
 *       {@linkplain Quarter#end() end} in China. Completing it later stays possible; it is then a late entry
 *       (逾期补录): kept and shown, but the quarter stays as it was when it ended.</li>
 *   <li><b>R5.</b> The principal's attendance counts for the year of the check's date only if it was proven within
 *       that year: his own confirmation and the check's completion both before 1 January 00:00 in China of the next
 *       year. A check not completed by then proves nothing at the year's end (it could still have been abandoned),
 *       so a completion after the year leaves the year as it was, like a confirmation after it.</li>
 * </ul>
 *
 * <p>The overview's summaries are also rebuilt in SQL by migration V13 with the functions
 * {@code check_covers_quarter} and {@code principal_attendance_counts}, which say the same thing; both are tested
 * on the worked examples of {@code InTimeTest} (unit) and {@code CheckApiIT} (in the database).
 */
public final class InTime {

    private InTime() {
    }

    /** The first instant after the year in China: 1 January of the next year, 00:00 Asia/Shanghai. */
    public static Instant endOfYear(int year) {
        return LocalDate.of(year + 1, 1, 1).atStartOfDay(Quarter.ZONE).toInstant();
    }

    /** R3: the check dated {@code checkDate} and completed at {@code completedAt} (null: not completed) covers its quarter. */
    public static boolean covers(LocalDate checkDate, Instant completedAt) {
        return completedAt != null && completedAt.isBefore(Quarter.of(checkDate).end());
    }

    /** R3: the check was completed, but only after its quarter ended: a late entry (逾期补录) that covers nothing. */
    public static boolean completedLate(LocalDate checkDate, Instant completedAt) {
        return completedAt != null && !covers(checkDate, completedAt);
    }

    /** R5: the principal's confirmation was made after the year of the check ended: kept, never counted. */
    public static boolean confirmedLate(LocalDate checkDate, Instant confirmedAt) {
        return confirmedAt != null && !confirmedAt.isBefore(endOfYear(checkDate.getYear()));
    }

    /**
     * R5: the check proves the principal's attendance for the year of its date: he confirmed it himself and the
     * check was completed, both within that year.
     */
    public static boolean attends(LocalDate checkDate, Instant completedAt, Instant confirmedAt) {
        Instant end = endOfYear(checkDate.getYear());
        return completedAt != null && confirmedAt != null && completedAt.isBefore(end) && confirmedAt.isBefore(end);
    }

    /**
     * R5: the check is completed and confirmed by the principal, but it does not count for the year because one
     * of the two came after the year ended (shown as 逾期补录).
     */
    public static boolean attendanceLate(LocalDate checkDate, Instant completedAt, Instant confirmedAt) {
        return completedAt != null && confirmedAt != null && !attends(checkDate, completedAt, confirmedAt);
    }
}
