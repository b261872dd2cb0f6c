package org.selfcheck.inspection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A correction of a completed check's result: the original stays, the newest amendment is in force. */
@Entity
@Table(name = "check_amendment")
public class CheckAmendment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "result_id", nullable = false, updatable = false)
    private long resultId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Outcome result;

    @Column(updatable = false)
    private String reason;

    @Column(updatable = false)
    private String description;

    @Column(nullable = false, updatable = false)
    private String why;

    @Column(name = "amended_at", nullable = false, updatable = false)
    private Instant amendedAt;

    @Column(name = "amended_by", nullable = false, updatable = false)
    private String amendedBy;

    protected CheckAmendment() {
    }

    public CheckAmendment(long resultId, ResultEntry entry, String why, String actor, Instant now) {
        this.resultId = resultId;
        this.result = entry.outcome();
        this.reason = entry.reason();
        this.description = entry.description();
        this.why = why;
        this.amendedAt = now;
        this.amendedBy = actor;
    }

    public Long id() {
        return id;
    }

    public long resultId() {
        return resultId;
    }

    public ResultEntry entry() {
        return new ResultEntry(result, reason, description);
    }

    public AmendmentDetails toDetails() {
        return new AmendmentDetails(id, result, reason, description, why, amendedAt, amendedBy);
    }

    /** An amendment as shown with its item. */
    public record AmendmentDetails(long id, Outcome result, String reason, String description, String why,
                                   Instant amendedAt, String amendedBy) {
    }
}
