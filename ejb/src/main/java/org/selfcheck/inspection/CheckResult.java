package org.selfcheck.inspection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** The result of one checklist item in one check; fixed once the check is completed. */
@Entity
@Table(name = "check_result")
public class CheckResult {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "check_id", nullable = false, updatable = false)
    private long checkId;

    @Column(name = "item_id", nullable = false, updatable = false)
    private long itemId;

    @Enumerated(EnumType.STRING)
    private Outcome result;

    private String reason;

    private String description;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Version
    private long version;

    protected CheckResult() {
    }

    public CheckResult(long checkId, long itemId) {
        this.checkId = checkId;
        this.itemId = itemId;
    }

    public void record(ResultEntry entry, String actor, Instant now) {
        this.result = entry.outcome();
        this.reason = entry.reason();
        this.description = entry.description();
        this.recordedAt = now;
        this.recordedBy = actor;
    }

    public Long id() {
        return id;
    }

    public long itemId() {
        return itemId;
    }

    public ResultEntry entry() {
        return result == null ? null : new ResultEntry(result, reason, description);
    }

    /** The check this belongs to. */
    public long checkId() {
        return checkId;
    }
}
