package org.selfcheck.hazard;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A major hazard (重大事故隐患) found by the company's own check: a minimal record (source, item, description,
 * date, state 待整改) that the hazard register and remediation build on.
 */
@Entity
@Table(name = "hazard")
public class Hazard {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "company_id", nullable = false, updatable = false)
    private long companyId;

    @Column(nullable = false, updatable = false)
    private String source;

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

    @Column(nullable = false)
    private String state = "PENDING";

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Version
    private long version;

    protected Hazard() {
    }

    /** A hazard found by a self-check item. */
    public static Hazard fromCheck(long companyId, long checkId, long resultId, long itemId, String description,
                                   LocalDate foundOn, String actor, Instant now) {
        Hazard h = new Hazard();
        h.companyId = companyId;
        h.source = "SELF_CHECK";
        h.checkId = checkId;
        h.resultId = resultId;
        h.itemId = itemId;
        h.description = description;
        h.foundOn = foundOn;
        h.createdAt = now;
        h.createdBy = actor;
        return h;
    }

    public Long id() {
        return id;
    }

    public HazardSummary toSummary() {
        return new HazardSummary(id, source, checkId, itemId, description, foundOn, state);
    }
}
