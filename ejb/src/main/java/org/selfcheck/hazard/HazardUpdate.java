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

/** One step in a hazard's remediation (一次告知、全程跟踪、及时复核): started, progress, submitted, verified or rejected. */
@Entity
@Table(name = "hazard_update")
public class HazardUpdate {

    /** What the step was. */
    public enum Kind { STARTED, PROGRESS, SUBMITTED, VERIFIED, REJECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "hazard_id", nullable = false, updatable = false)
    private long hazardId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;

    @Column(updatable = false)
    private String text;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    protected HazardUpdate() {
    }

    public HazardUpdate(long hazardId, Kind kind, String text, String actor, Instant now) {
        this.hazardId = hazardId;
        this.kind = kind;
        this.text = text;
        this.createdAt = now;
        this.createdBy = actor;
    }

    public Details toDetails() {
        return new Details(id, kind, text, createdAt, createdBy);
    }

    /** A step as shown in the hazard's history. */
    public record Details(long id, Kind kind, String text, Instant at, String by) {
    }
}
