package org.selfcheck.report;

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

/**
 * A stored quarterly report version. Prepared and submitted by the company, signed by the principal; once
 * signed it is sealed (canonical content, digest, JWS) and the database refuses any change to it.
 */
@Entity
@Table(name = "quarterly_report")
public class ReportRecord {

    /** Where a report version stands. */
    public enum Status { DRAFT, SUBMITTED, SIGNED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "company_id", nullable = false, updatable = false)
    private long companyId;

    @Column(nullable = false, updatable = false)
    private String quarter;

    @Column(nullable = false, updatable = false)
    private int version;

    @Column(name = "corrects_id", updatable = false)
    private Long correctsId;

    @Column(name = "correction_note", updatable = false)
    private String correctionNote;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.DRAFT;

    @Column(nullable = false)
    private String content;

    @Column(name = "prepared_at", nullable = false)
    private Instant preparedAt;

    @Column(name = "prepared_by", nullable = false)
    private String preparedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "submitted_by")
    private String submittedBy;

    @Column(name = "signed_at")
    private Instant signedAt;

    @Column(name = "signed_by")
    private String signedBy;

    @Column(name = "signer_name")
    private String signerName;

    @Column(name = "auth_time")
    private Instant authTime;

    private String digest;

    private String jws;

    @Column(name = "key_id")
    private String keyId;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected ReportRecord() {
    }

    public ReportRecord(long companyId, String quarter, int version, Long correctsId, String correctionNote, String content,
                        String actor, Instant now) {
        this.companyId = companyId;
        this.quarter = quarter;
        this.version = version;
        this.correctsId = correctsId;
        this.correctionNote = correctionNote;
        prepare(content, actor, now);
    }

    /** New content for a version not signed yet; it has to be submitted again. */
    public void prepare(String content, String actor, Instant now) {
        this.content = content;
        this.status = Status.DRAFT;
        this.preparedAt = now;
        this.preparedBy = actor;
        this.submittedAt = null;
        this.submittedBy = null;
    }

    public void submit(String actor, Instant now) {
        this.status = Status.SUBMITTED;
        this.submittedAt = now;
        this.submittedBy = actor;
    }

    /** Freezes the report: its canonical content, digest and the portal's signature over the digest. */
    public void seal(String canonicalContent, String digest, String jws, String keyId, String signerName, Instant authTime,
                     String actor, Instant now) {
        this.content = canonicalContent;
        this.digest = digest;
        this.jws = jws;
        this.keyId = keyId;
        this.signerName = signerName;
        this.authTime = authTime;
        this.signedAt = now;
        this.signedBy = actor;
        this.status = Status.SIGNED;
    }

    public Long id() {
        return id;
    }

    public long companyId() {
        return companyId;
    }

    public String quarter() {
        return quarter;
    }

    public int version() {
        return version;
    }

    public Status status() {
        return status;
    }

    public String content() {
        return content;
    }

    /** The name of the principal who signed; null before. */
    public String signerName() {
        return signerName;
    }

    /** When the principal signed this version; null before. */
    public Instant signedAt() {
        return signedAt;
    }

    public String digest() {
        return digest;
    }

    public String jws() {
        return jws;
    }

    public ReportSummary toSummary() {
        return new ReportSummary(id, quarter, version, correctsId, correctionNote, status, preparedAt, preparedBy,
                submittedAt, submittedBy, signedAt, signedBy, signerName, authTime, digest, keyId);
    }
}
