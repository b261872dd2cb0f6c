package org.selfcheck.organisation;

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
import java.time.LocalDate;

/** A stored {@link Term}. Only its end date changes: when an open term ends, or a planned end still ahead is brought forward. */
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

    @Column(name = "start_date", nullable = false, updatable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(updatable = false)
    private String note;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "ended_by")
    private String endedBy;

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
        this.startDate = term.start();
        this.endDate = term.end();
        this.note = term.note();
        this.createdAt = now;
        this.createdBy = actor;
    }

    public void end(LocalDate date, String actor, Instant now) {
        this.endDate = date;
        this.endedAt = now;
        this.endedBy = actor;
    }

    public Long id() {
        return id;
    }

    public Term toTerm() {
        return new Term(id, personId, role, category, certificateNo, startDate, endDate, note);
    }
}
