package org.selfcheck.filing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A stored bureau of the directory; kept by admins, never deleted (deactivated instead). */
@Entity
@Table(name = "bureau")
public class Bureau {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String jurisdiction;

    @Column(name = "intake_url", nullable = false)
    private String intakeUrl;

    @Column(name = "receipt_keys_url", nullable = false)
    private String receiptKeysUrl;

    @Column(nullable = false)
    private String transport;

    private String contact;

    @Column(nullable = false)
    private String wants;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Version
    private long version;

    protected Bureau() {
    }

    public Bureau(BureauValues v, String actor, Instant now) {
        this.createdAt = now;
        this.createdBy = actor;
        update(v, actor, now);
    }

    public void update(BureauValues v, String actor, Instant now) {
        this.name = v.name();
        this.jurisdiction = v.jurisdiction();
        this.intakeUrl = v.intakeUrl();
        this.receiptKeysUrl = v.receiptKeysUrl();
        this.transport = v.transport();
        this.contact = v.contact();
        this.wants = v.wants().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.active = v.active();
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    public long version() {
        return version;
    }

    public BureauEntry toEntry() {
        Set<FilingKind> kinds = EnumSet.noneOf(FilingKind.class);
        Arrays.stream(wants.split(",")).filter(s -> !s.isBlank()).map(FilingKind::valueOf).forEach(kinds::add);
        return new BureauEntry(id, name, jurisdiction, intakeUrl, receiptKeysUrl, transport, contact, kinds, active, version);
    }
}
