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

/** A stored {@link Term}; its dates are a {@link TermPeriod}, of which only the end changes. */
@Entity
@Table(name = "org_term")
public class OrgTerm {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "company_id", nullable = false, updatable = false)
    private long companyId;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private OrgRole role;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private GroupCategory category;

    @Column(name = "certificate_no", updatable = false)
    private String certificateNo;

    @Embedded
    private TermPeriod period;

    @Column(updatable = false)
    private String note;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Version
    private long version;

    protected OrgTerm() {
    }

    public OrgTerm(long companyId, Term term, String actor, Instant now) {
        this.companyId = companyId;
        this.personId = term.personId();
        this.role = term.role();
        this.category = term.category();
        this.certificateNo = term.certificateNo();
        this.period = new TermPeriod(term.start(), term.end());
        this.note = term.note();
        this.createdAt = now;
        this.createdBy = actor;
    }

    public void end(LocalDate date, String actor, Instant now) {
        period.end(date, actor, now);
    }

    public Long id() {
        return id;
    }

    public Term toTerm() {
        return new Term(id, personId, role, category, certificateNo, period.start(), period.end(), note);
    }
}
