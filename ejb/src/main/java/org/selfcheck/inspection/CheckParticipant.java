package org.selfcheck.inspection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/** A group member present at a check; he confirms his participation himself. */
@Entity
@Table(name = "check_participant")
@IdClass(CheckParticipant.Key.class)
public class CheckParticipant {

    /** The primary key: check and person. */
    public record Key(Long checkId, Long personId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "check_id")
    private Long checkId;

    @Id
    @Column(name = "person_id")
    private Long personId;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    @Column(name = "added_by", nullable = false, updatable = false)
    private String addedBy;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "confirmed_by")
    private String confirmedBy;

    protected CheckParticipant() {
    }

    public CheckParticipant(long checkId, long personId, String actor, Instant now) {
        this.checkId = checkId;
        this.personId = personId;
        this.addedAt = now;
        this.addedBy = actor;
    }

    public void confirm(String actor, Instant now) {
        this.confirmedAt = now;
        this.confirmedBy = actor;
    }

    public long personId() {
        return personId;
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }

    /** The check this belongs to. */
    public Long checkId() {
        return checkId;
    }
}
