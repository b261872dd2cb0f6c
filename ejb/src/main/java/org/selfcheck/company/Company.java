package org.selfcheck.company;

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
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** A registered company. Its credit code is its identity and never changes. */
@Entity
@Table(name = "company")
public class Company {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "credit_code", nullable = false, updatable = false, length = 18)
    private String creditCode;

    @Column(nullable = false)
    private String name;

    @Column(name = "region_code", nullable = false)
    private String regionCode;

    @Column(name = "industry_code", nullable = false)
    private String industryCode;

    @Column(name = "industry_name", nullable = false)
    private String industryName;

    @Column(name = "high_risk", nullable = false)
    private boolean highRisk;

    @Enumerated(EnumType.STRING)
    @Column(name = "standardisation_grade", nullable = false)
    private StandardisationGrade standardisationGrade;

    private String address;

    /** the special fields (粉尘涉爆, 液氨制冷, 有限空间) that make articles of the judgment standards apply */
    @Column(name = "special_fields", nullable = false)
    private String specialFields = "";

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

    protected Company() {
    }

    public Company(CompanyProfile profile, String actor, Instant now) {
        this.creditCode = profile.creditCode().value();
        this.createdAt = now;
        this.createdBy = actor;
        apply(profile, actor, now);
    }

    /** Updates the profile; the credit code is the company's identity and stays. */
    public void update(CompanyProfile profile, String actor, Instant now) {
        if (!creditCode.equals(profile.creditCode().value())) {
            throw new IllegalArgumentException("the credit code of a company does not change");
        }
        apply(profile, actor, now);
    }

    /** Whether the profile is the one recorded (an import's row that changes nothing). */
    public boolean sameProfile(CompanyProfile p) {
        return name.equals(p.name()) && regionCode.equals(p.regionCode().value()) && industryCode.equals(p.industryCode().value())
                && industryName.equals(p.industryName()) && highRisk == p.highRisk() && standardisationGrade == p.grade()
                && java.util.Objects.equals(address, p.address())
                && specialFields.equals(p.specialFields().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
    }

    /** The production site's region, as a decided region change sets it (a profile update never does). */
    void moveTo(String region, String actor, Instant now) {
        this.regionCode = region;
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    private void apply(CompanyProfile p, String actor, Instant now) {
        this.name = p.name();
        this.regionCode = p.regionCode().value();
        this.industryCode = p.industryCode().value();
        this.industryName = p.industryName();
        this.highRisk = p.highRisk();
        this.standardisationGrade = p.grade();
        this.address = p.address();
        this.specialFields = p.specialFields().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    public Long id() {
        return id;
    }

    public String creditCode() {
        return creditCode;
    }

    public String regionCode() {
        return regionCode;
    }

    public String industryCode() {
        return industryCode;
    }

    public List<SpecialField> specialFields() {
        return specialFields.isEmpty() ? List.of()
                : Arrays.stream(specialFields.split(",")).map(SpecialField::valueOf).sorted().toList();
    }

    public long version() {
        return version;
    }

    public CompanyDetails toDetails() {
        return new CompanyDetails(creditCode, name, regionCode, industryCode, industryName, highRisk,
                standardisationGrade, address, specialFields(), createdAt, createdBy, updatedAt, updatedBy, version);
    }
}
