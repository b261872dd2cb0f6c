package org.selfcheck.hazard;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A major hazard (重大事故隐患) of a company: where it came from, the three elements of its report (16号令
 * Art. 14), its remediation plan (五落实) and where remediation stands. Only the allowed state transitions
 * happen ({@link HazardState}); the deadline moves only by an approved extension once remediation started.
 */
@Entity
@Table(name = "hazard")
public class Hazard {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "company_id", nullable = false, updatable = false)
    private long companyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private HazardSource source;

    @Column(name = "check_id", updatable = false)
    private Long checkId;

    @Column(name = "result_id", updatable = false)
    private Long resultId;

    @Column(name = "item_id", updatable = false)
    private Long itemId;

    @Column(nullable = false, updatable = false)
    private String description;

    @Column(name = "found_on", nullable = false, updatable = false)
    private LocalDate foundOn;

    @Column(name = "found_by", updatable = false)
    private String foundBy;

    private String location;

    @Column(name = "present_state")
    private String presentState;

    private String harm;

    @Column(name = "responsible_person")
    private String responsiblePerson;

    @Column(name = "responsible_body")
    private String responsibleBody;

    private String measures;

    @Column(name = "funds_amount")
    private BigDecimal fundsAmount;

    @Column(name = "funds_source")
    private String fundsSource;

    private LocalDate deadline;

    private String contingency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private HazardState state = HazardState.PENDING;

    @Column(name = "submitted_on")
    private LocalDate submittedOn;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    @Version
    private long version;

    protected Hazard() {
    }

    /** A hazard found by a self-check item. */
    public static Hazard fromCheck(long companyId, long checkId, long resultId, long itemId, String description,
                                   LocalDate foundOn, String actor, Instant now) {
        Hazard h = new Hazard(companyId, HazardSource.SELF_CHECK, description, foundOn, null, itemId, actor, now);
        h.checkId = checkId;
        h.resultId = resultId;
        return h;
    }

    /** A hazard reported otherwise: by an employee, in daily work, or found by the bureau and recorded. */
    public Hazard(long companyId, HazardSource source, String description, LocalDate foundOn, String foundBy,
                  Long itemId, String actor, Instant now) {
        this.itemId = itemId;
        this.companyId = companyId;
        this.source = source;
        this.description = description;
        this.foundOn = foundOn;
        this.foundBy = foundBy;
        this.createdAt = now;
        this.createdBy = actor;
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    /** Records the report's elements and the plan (the deadline is the caller's to guard). */
    public void describe(String location, String presentState, String harm, RemediationPlan plan, String actor, Instant now) {
        this.location = location;
        this.presentState = presentState;
        this.harm = harm;
        this.responsiblePerson = plan.responsiblePerson();
        this.responsibleBody = plan.responsibleBody();
        this.measures = plan.measures();
        this.fundsAmount = plan.fundsAmount();
        this.fundsSource = plan.fundsSource();
        this.deadline = plan.deadline();
        this.contingency = plan.contingency();
        touch(actor, now);
    }

    /** Moves to the next state if the state machine allows it. */
    public void moveTo(HazardState next, LocalDate today, String actor, Instant now) {
        state.checkMoveTo(next);
        if (next == HazardState.TO_VERIFY) {
            submittedOn = today;
        }
        if (next == HazardState.CLOSED) {
            closedOn = today;
        }
        this.state = next;
        touch(actor, now);
    }

    private void touch(String actor, Instant now) {
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    public Long id() {
        return id;
    }

    public long companyId() {
        return companyId;
    }

    public HazardState state() {
        return state;
    }

    public HazardSource source() {
        return source;
    }

    public LocalDate foundOn() {
        return foundOn;
    }

    public Long itemId() {
        return itemId;
    }

    public Long resultId() {
        return resultId;
    }

    public LocalDate deadline() {
        return deadline;
    }

    public long version() {
        return version;
    }

    public RemediationPlan plan() {
        return new RemediationPlan(responsiblePerson, responsibleBody, measures, fundsAmount, fundsSource, deadline, contingency);
    }

    public HazardSummary toSummary() {
        return new HazardSummary(id, source.name(), checkId, itemId, description, foundOn, state.name());
    }

    /** Everything recorded on the hazard itself (history, photos and extensions come from their own tables). */
    public HazardRecord toRecord() {
        return new HazardRecord(id, source, checkId, itemId, description, foundOn, foundBy, location, presentState, harm,
                plan(), state, submittedOn, closedOn, createdAt, createdBy, updatedAt, updatedBy, version);
    }

    /** The check this belongs to (null: not found in a check). */
    public Long checkId() {
        return checkId;
    }
}
