package org.selfcheck.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A stored photo with its checksum and thumbnail; never changed or deleted. Read only by id: it carries the bytes. */
@Entity
@Table(name = "evidence_file")
public class EvidenceFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "company_id", nullable = false, updatable = false)
    private long companyId;

    @Column(nullable = false, updatable = false)
    private String sha256;

    @Column(name = "content_type", nullable = false, updatable = false)
    private String contentType;

    @Column(nullable = false, updatable = false)
    private long size;

    @Column(nullable = false, updatable = false)
    private int width;

    @Column(nullable = false, updatable = false)
    private int height;

    @Column(name = "file_name", updatable = false)
    private String fileName;

    @Column(nullable = false, updatable = false)
    private byte[] data;

    @Column(nullable = false, updatable = false)
    private byte[] thumbnail;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private String uploadedBy;

    protected EvidenceFile() {
    }

    public EvidenceFile(long companyId, CheckedPhoto photo, String fileName, byte[] data, byte[] thumbnail,
                        String actor, Instant now) {
        this.companyId = companyId;
        this.sha256 = photo.sha256();
        this.contentType = photo.contentType();
        this.size = photo.size();
        this.width = photo.width();
        this.height = photo.height();
        this.fileName = fileName;
        this.data = data;
        this.thumbnail = thumbnail;
        this.uploadedAt = now;
        this.uploadedBy = actor;
    }

    public Long id() {
        return id;
    }

    public long companyId() {
        return companyId;
    }

    public String contentType() {
        return contentType;
    }

    public byte[] data() {
        return data;
    }

    public byte[] thumbnail() {
        return thumbnail;
    }

    public PhotoRef toRef() {
        return new PhotoRef(id, sha256, contentType, size, width, height, fileName, uploadedAt, uploadedBy);
    }
}
