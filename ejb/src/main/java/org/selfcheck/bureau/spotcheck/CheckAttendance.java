package org.selfcheck.bureau.spotcheck;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * A completed self-check of the company, as 责任倒查 counts it.
 *
 * @param participantIds    the people who took part (confirmed or recorded present)
 * @param principalAttended whether the principal confirmed his attendance (R5)
 */
public record CheckAttendance(long checkId, LocalDate date, Set<Long> participantIds, boolean principalAttended) {

    public CheckAttendance {
        Objects.requireNonNull(date, "date");
        participantIds = participantIds == null ? Set.of() : Set.copyOf(participantIds);
    }
}
