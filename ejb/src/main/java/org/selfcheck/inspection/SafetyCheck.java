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
import org.selfcheck.shared.Quarter;

import java.time.Instant;
import java.time.LocalDate;

/** A quarterly check of the company (R3). Completing it locks it; later corrections are amendments. */
@Entity
@Table(name = "safety_check")
public class SafetyCheck {

    /** Where a check stands. */
    public enum Status { PLANNED, COMPLETED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "company_id", nullable = false, updatable = false)
    private long companyId;

    @Column(name = "check_date", nullable = false, updatable = false)
    private LocalDate checkDate;

    @Column(nullable = false, updatable = false)
    private String scope;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.PLANNED;

    @Column(name = "principal_person_id", updatable = false)
    private Long principalPersonId;

    @Column(name = "principal_confirmed_at")
    private Instant principalConfirmedAt;

    @Column(name = "principal_confirmed_by")
    private String principalConfirmedBy;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "completed_by")
    private String completedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Version
    private long version;

    protected SafetyCheck() {
    }

    public SafetyCheck(long companyId, LocalDate checkDate, String scope, Long principalPersonId, String actor, Instant now) {
        this.companyId = companyId;
        this.checkDate = checkDate;
        this.scope = scope;
        this.principalPersonId = principalPersonId;
        this.createdAt = now;
        this.createdBy = actor;
    }

    public void complete(String actor, Instant now) {
        this.status = Status.COMPLETED;
        this.completedAt = now;
        this.completedBy = actor;
    }

    public void confirmPrincipal(String actor, Instant now) {
        this.principalConfirmedAt = now;
        this.principalConfirmedBy = actor;
    }

    public Long id() {
        return id;
    }

    public long companyId() {
        return companyId;
    }

    public LocalDate checkDate() {
        return checkDate;
    }

    public boolean completed() {
        return status == Status.COMPLETED;
    }

    public Long principalPersonId() {
        return principalPersonId;
    }

    public boolean principalConfirmed() {
        return principalConfirmedAt != null;
    }

    public CheckFact toFact() {
        return new CheckFact(checkDate, completedAt, principalConfirmedAt);
    }

    CheckSummary toSummary(String principalName, int participants, int items, int recorded, int hazards) {
        return new CheckSummary(id, checkDate, Quarter.of(checkDate).toString(), scope, status, principalName,
                principalConfirmedAt, principalConfirmedBy, participants, items, recorded, hazards, createdAt, createdBy,
                completedAt, completedBy, InTime.completedLate(checkDate, completedAt),
                InTime.confirmedLate(checkDate, principalConfirmedAt), version);
    }
}
