package org.selfcheck.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A person of a company's self-check organisation; the roles he holds are {@link OrgTerm}s. */
@Entity
@Table(name = "person")
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "company_id", nullable = false, updatable = false)
    private long companyId;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String position;

    @Column(nullable = false)
    private String phone;

    private String username;

    @Column(nullable = false)
    private boolean external;

    private String employer;

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

    protected Person() {
    }

    public Person(long companyId, PersonValues values, String actor, Instant now) {
        this.companyId = companyId;
        this.createdAt = now;
        this.createdBy = actor;
        update(values, actor, now);
    }

    public void update(PersonValues v, String actor, Instant now) {
        this.name = v.name();
        this.position = v.position();
        this.phone = v.phone();
        this.username = v.username();
        this.external = v.external();
        this.employer = v.employer();
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    public Long id() {
        return id;
    }

    public long companyId() {
        return companyId;
    }

    public long version() {
        return version;
    }

    public PersonDetails toDetails() {
        return new PersonDetails(id, name, position, phone, username, external, employer, version);
    }
}
