package org.selfcheck.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The dates of a stored term or reason: from its first day to its last (the end date, included; see
 * {@link TermDays}), with who recorded the end and when. Only the end changes, when an open period ends or a
 * planned last day not yet passed is brought forward.
 */
@Embeddable
public class TermPeriod {

    @Column(name = "start_date", nullable = false, updatable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "ended_by")
    private String endedBy;

    protected TermPeriod() {
    }

    TermPeriod(LocalDate start, LocalDate end) {
        this.startDate = start;
        this.endDate = end;
    }

    void end(LocalDate date, String actor, Instant now) {
        this.endDate = date;
        this.endedAt = now;
        this.endedBy = actor;
    }

    LocalDate start() {
        return startDate;
    }

    LocalDate end() {
        return endDate;
    }
}
