package org.selfcheck.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** One revision of a standard: an immutable, complete copy of its items ({@link CatalogueItem}). */
@Entity
@Table(name = "catalogue_revision")
public class CatalogueRevision {

    /** How a revision came about. */
    public enum Source { SEED, EDIT, IMPORT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "standard_code", nullable = false, updatable = false)
    private String standardCode;

    @Column(nullable = false, updatable = false)
    private int revision;

    @Column(nullable = false, updatable = false)
    private String title;

    @Column(nullable = false, updatable = false)
    private String issuer;

    @Column(nullable = false, updatable = false)
    private LocalDate effective;

    @Column(nullable = false, updatable = false)
    private String scope;

    @Column(nullable = false, updatable = false)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Source source;

    @Column(updatable = false)
    private String note;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    protected CatalogueRevision() {
    }

    public CatalogueRevision(StandardFile file, int revision, Source source, String note, String actor, Instant now) {
        this.standardCode = file.code();
        this.revision = revision;
        this.title = file.title();
        this.issuer = file.issuer();
        this.effective = file.effective();
        this.scope = file.scope().toString();
        this.source = source;
        this.note = note;
        this.createdAt = now;
        this.createdBy = actor;
    }

    public Long id() {
        return id;
    }

    public String standardCode() {
        return standardCode;
    }

    public int revision() {
        return revision;
    }

    public String scope() {
        return scope;
    }

    /** This revision's header with other items: the start of the next revision. */
    public StandardFile toFile(java.util.List<ItemLine> items) {
        return new StandardFile(standardCode, title, issuer, effective, Applicability.parse(scope), items);
    }

    RevisionSummary toSummary(long items, long missing, long unsure) {
        return new RevisionSummary(id, standardCode, revision, title, issuer, effective, scope, source, note,
                createdAt, createdBy, items, missing, unsure);
    }
}
