package org.selfcheck.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/** A stored {@link Explanation} of a missing group category. Only its end date changes, as for {@link OrgTerm}. */
@Entity
@Table(name = "composition_explanation")
public class ExplanationRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "company_id", nullable = false, updatable = false)
    private long companyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private GroupCategory category;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Embedded
    private TermPeriod period;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Version
    private long version;

    protected ExplanationRecord() {
    }

    public ExplanationRecord(long companyId, Explanation e, String actor, Instant now) {
        this.companyId = companyId;
        this.category = e.category();
        this.reason = e.reason();
        this.period = new TermPeriod(e.start(), e.end());
        this.createdAt = now;
        this.createdBy = actor;
    }

    public void end(LocalDate date, String actor, Instant now) {
        period.end(date, actor, now);
    }

    public Long id() {
        return id;
    }

    public Explanation toExplanation() {
        return new Explanation(id, category, reason, period.start(), period.end());
    }
}
