package org.selfcheck.bureau.spotcheck;

import org.selfcheck.organisation.OrgRole;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A person accountable under 责任倒查 for one term he held during the period.
 *
 * @param role           PRINCIPAL, DESIGNATED_LEADER or GROUP_MEMBER
 * @param from           the first day held within the period
 * @param to             the last day held within the period (inclusive)
 * @param checksAttended the checks of {@code checksInPeriod} he took part in; for the principal, those whose
 *                       attendance he confirmed
 * @param checksInPeriod the completed checks dated within the period and within {@code from}..{@code to}
 */
public record Accountable(long personId, String name, OrgRole role, LocalDate from, LocalDate to, int checksAttended,
                          int checksInPeriod) {

    public Accountable {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to before from: " + from + ".." + to);
        }
        if (checksAttended < 0 || checksAttended > checksInPeriod) {
            throw new IllegalArgumentException("attended " + checksAttended + " of " + checksInPeriod);
        }
    }
}
