package org.selfcheck.hazard;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A stored {@link Extension}: requested by the company, decided once by the principal. */
@Entity
@Table(name = "hazard_extension")
public class HazardExtension {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "hazard_id", nullable = false, updatable = false)
    private long hazardId;

    @Column(name = "previous_deadline", nullable = false, updatable = false)
    private LocalDate previousDeadline;

    @Column(name = "requested_deadline", nullable = false, updatable = false)
    private LocalDate requestedDeadline;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Extension.Decision decision;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private String requestedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decision_note")
    private String decisionNote;

    protected HazardExtension() {
    }

    public HazardExtension(long hazardId, Extension request, String actor, Instant now) {
        this.hazardId = hazardId;
        this.previousDeadline = request.previousDeadline();
        this.requestedDeadline = request.requestedDeadline();
        this.reason = request.reason();
        this.decision = request.decision();
        this.requestedAt = now;
        this.requestedBy = actor;
    }

    public void decide(Extension decided, String note, String actor, Instant now) {
        this.decision = decided.decision();
        this.decisionNote = note;
        this.decidedAt = now;
        this.decidedBy = actor;
    }

    public Long id() {
        return id;
    }

    public long hazardId() {
        return hazardId;
    }

    /**
     * Whether this extension moved the deadline in force at {@code instant}: approved, and decided before it. An
     * extension counts from its decision, not its request (R6 as at a spot check's start).
     */
    public boolean inForceAt(Instant instant) {
        return decision == Extension.Decision.APPROVED && decidedAt != null && decidedAt.isBefore(instant);
    }

    public Extension toExtension(ZoneId zone) {
        return new Extension(previousDeadline, requestedDeadline, reason, decision, LocalDate.ofInstant(requestedAt, zone));
    }

    public Details toDetails() {
        return new Details(id, previousDeadline, requestedDeadline, reason, decision, requestedAt, requestedBy, decidedAt,
                decidedBy, decisionNote);
    }

    /** An extension request and its decision, as shown with the hazard. */
    public record Details(long id, LocalDate previousDeadline, LocalDate requestedDeadline, String reason,
                          Extension.Decision decision, Instant requestedAt, String requestedBy, Instant decidedAt,
                          String decidedBy, String decisionNote) {
    }
}
