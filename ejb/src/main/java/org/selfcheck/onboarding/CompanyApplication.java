package org.selfcheck.onboarding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.selfcheck.company.CompanyProfileInput;
import org.selfcheck.company.SpecialField;
import org.selfcheck.shared.ConflictException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** An application to join the portal, as submitted, and the competent bureau's decision on it. */
@Entity
@Table(name = "company_application")
public class CompanyApplication {

    public enum Kind { NEW, CLAIM }

    public enum State { PENDING, APPROVED, REJECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "credit_code", nullable = false, updatable = false)
    private String creditCode;
    @Column(nullable = false, updatable = false)
    private String name;
    @Column(name = "region_code", nullable = false, updatable = false)
    private String regionCode;
    @Column(name = "industry_code", nullable = false, updatable = false)
    private String industryCode;
    @Column(name = "industry_name", nullable = false, updatable = false)
    private String industryName;
    @Column(name = "high_risk", nullable = false, updatable = false)
    private boolean highRisk;
    @Column(name = "standardisation_grade", nullable = false, updatable = false)
    private String grade;
    @Column(name = "certificate_no", updatable = false)
    private String certificateNo;
    @Column(name = "certificate_valid_until", updatable = false)
    private LocalDate certificateValidUntil;
    @Column(updatable = false)
    private String address;
    @Column(name = "special_fields", nullable = false, updatable = false)
    private String specialFields;
    @Column(name = "manager_name", nullable = false, updatable = false)
    private String managerName;
    @Column(name = "manager_mobile", nullable = false, updatable = false)
    private String managerMobile;
    @Column(name = "manager_email", nullable = false, updatable = false)
    private String managerEmail;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;
    @Column(name = "bureau_id", updatable = false)
    private Long bureauId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;
    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;
    @Column(name = "submitted_from", nullable = false, updatable = false)
    private String submittedFrom;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decision_reason")
    private String decisionReason;
    @Column(name = "company_id")
    private Long companyId;
    @Column(name = "account_id")
    private String accountId;
    @Version
    private long version;

    protected CompanyApplication() {
    }

    CompanyApplication(ApplicationForm form, Kind kind, Long bureauId, Instant now, String submittedFrom) {
        var p = form.profile();
        this.creditCode = p.creditCode().value();
        this.name = p.name();
        this.regionCode = p.regionCode().value();
        this.industryCode = p.industryCode().value();
        this.industryName = p.industryName();
        this.highRisk = p.highRisk();
        this.grade = p.grade().name();
        this.certificateNo = form.certificateNo();
        this.certificateValidUntil = form.certificateValidUntil();
        this.address = p.address();
        this.specialFields = p.specialFields().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.managerName = form.managerName();
        this.managerMobile = form.managerMobile();
        this.managerEmail = form.managerEmail();
        this.kind = kind;
        this.bureauId = bureauId;
        this.state = State.PENDING;
        this.submittedAt = now;
        this.submittedFrom = submittedFrom;
    }

    void approve(long companyId, String accountId, String actor, String note, Instant now) {
        requirePending();
        this.state = State.APPROVED;
        this.companyId = companyId;
        this.accountId = accountId;
        this.decidedBy = actor;
        this.decisionReason = note;
        this.decidedAt = now;
    }

    void reject(String actor, String reason, Instant now) {
        requirePending();
        this.state = State.REJECTED;
        this.decidedBy = actor;
        this.decisionReason = reason;
        this.decidedAt = now;
    }

    private void requirePending() {
        if (state != State.PENDING) {
            throw new ConflictException("application.decided");
        }
    }

    /** The company's profile as the application gives it, for registering it. */
    CompanyProfileInput profileInput() {
        List<String> fields = specialFields.isEmpty() ? List.of() : Arrays.asList(specialFields.split(","));
        return new CompanyProfileInput(creditCode, name, regionCode, industryCode, industryName, highRisk, grade, address,
                fields, null);
    }

    ApplicationDetails toDetails(String regionName, String bureauName) {
        return new ApplicationDetails(id, kind.name(), state.name(), creditCode, name, regionCode, regionName, industryCode,
                industryName, highRisk, grade, certificateNo, certificateValidUntil, address,
                specialFields.isEmpty() ? List.of() : Arrays.stream(specialFields.split(",")).map(SpecialField::valueOf).toList(),
                managerName, managerMobile, managerEmail, bureauName, submittedAt, decidedAt, decidedBy, decisionReason,
                companyId != null, version);
    }

    public Long id() { return id; }
    String creditCode() { return creditCode; }
    String regionCode() { return regionCode; }
    String managerName() { return managerName; }
    String managerEmail() { return managerEmail; }
    Kind kind() { return kind; }
    State state() { return state; }
    Long bureauId() { return bureauId; }
    String name() { return name; }
}
