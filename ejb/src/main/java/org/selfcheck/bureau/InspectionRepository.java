package org.selfcheck.bureau;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import org.selfcheck.shared.persistence.Sql;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The bureau's inspections and findings in PostgreSQL (V9, V14), rows mapped by column name; joins the caller's
 * transaction. An inspection belongs to the jurisdiction its {@code region_code} lies in (the site's region when it began).
 */
@ApplicationScoped
public class InspectionRepository {

    @PersistenceContext(unitName = "selfcheck")
    EntityManager em;

    /** An inspection as stored, with its company's credit code and name. */
    public record Row(long id, long companyId, String creditCode, String companyName, String regionCode, LocalDate date,
                      InspectionType type, boolean counted, String officers, String exemptionReason, Instant recordedAt,
                      String recordedBy, Instant confirmedAt, String confirmedBy) {
    }

    /** A finding as stored, with its judgment as JSON. */
    public record FindingRow(int position, long itemId, String location, String description, String outcome, String reason,
                             Long matchedHazardId, String judgment) {
    }

    /** What a new inspection records. */
    public record NewInspection(long companyId, String regionCode, LocalDate date, Instant start, InspectionType type,
                                String officers, String exemptionReason, Instant recordedAt, String recordedBy) {
    }

    /** Of a company's inspections in a year and jurisdiction: those counted against the cap and those exempt. */
    public record Counts(int counted, int exempted) {
    }

    /** Locks the company's row until the transaction ends and reads its site's region under the lock. */
    public String lockRegion(long companyId) {
        return (String) em.createNativeQuery("SELECT region_code FROM company WHERE id = ?1 FOR UPDATE")
                .setParameter(1, companyId).getSingleResult();
    }

    public long add(NewInspection n) {
        return ((Number) em.createNativeQuery("""
                        INSERT INTO bureau_inspection (company_id, inspection_date, type, counted, officers, exemption_reason,
                                                       recorded_at, recorded_by, started_at, region_code)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) RETURNING id""")
                .setParameter(1, n.companyId()).setParameter(2, Date.valueOf(n.date())).setParameter(3, n.type().name())
                .setParameter(4, !n.type().exempt()).setParameter(5, n.officers()).setParameter(6, n.exemptionReason())
                .setParameter(7, Timestamp.from(n.recordedAt())).setParameter(8, n.recordedBy())
                .setParameter(9, Timestamp.from(n.start())).setParameter(10, n.regionCode()).getSingleResult()).longValue();
    }

    public long addFinding(long inspectionId, FindingRow f) {
        return ((Number) em.createNativeQuery("""
                        INSERT INTO inspection_finding (inspection_id, position, item_id, location, description, outcome,
                                                        reason, matched_hazard_id, judgment)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) RETURNING id""")
                .setParameter(1, inspectionId).setParameter(2, f.position()).setParameter(3, f.itemId())
                .setParameter(4, f.location()).setParameter(5, f.description()).setParameter(6, f.outcome())
                .setParameter(7, f.reason()).setParameter(8, f.matchedHazardId()).setParameter(9, f.judgment())
                .getSingleResult()).longValue();
    }

    /** Marks the inspection confirmed; false if it already was. */
    public boolean confirm(long id, Instant at, String by) {
        return em.createNativeQuery("UPDATE bureau_inspection SET confirmed_at = ?2, confirmed_by = ?3 WHERE id = ?1 AND confirmed_at IS NULL")
                .setParameter(1, id).setParameter(2, Timestamp.from(at)).setParameter(3, by).executeUpdate() == 1;
    }

    /** Whether the inspection exists and belongs to a jurisdiction of this region prefix ("" for all). */
    public boolean within(long id, String jurisdiction) {
        return !em.createNativeQuery("SELECT id FROM bureau_inspection WHERE id = ?1 AND region_code LIKE ?2")
                .setParameter(1, id).setParameter(2, jurisdiction + "%").getResultList().isEmpty();
    }

    /** The ids of a company's inspections in a year that belong to the jurisdiction, newest first. */
    @SuppressWarnings("unchecked")
    public List<Long> ofCompany(long companyId, int year, String jurisdiction) {
        List<Number> ids = em.createNativeQuery("""
                        SELECT id FROM bureau_inspection WHERE company_id = ?1 AND inspection_date >= ?2 AND inspection_date < ?3
                           AND region_code LIKE ?4 ORDER BY inspection_date DESC, id DESC""")
                .setParameter(1, companyId).setParameter(2, Date.valueOf(LocalDate.of(year, 1, 1)))
                .setParameter(3, Date.valueOf(LocalDate.of(year + 1, 1, 1))).setParameter(4, jurisdiction + "%").getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    public Counts counts(long companyId, int year, String jurisdiction) {
        Tuple t = (Tuple) em.createNativeQuery("""
                        SELECT count(*) FILTER (WHERE counted) AS counted, count(*) FILTER (WHERE NOT counted) AS exempted
                          FROM bureau_inspection
                         WHERE company_id = ?1 AND inspection_date >= ?2 AND inspection_date < ?3 AND region_code LIKE ?4""",
                        Tuple.class)
                .setParameter(1, companyId).setParameter(2, Date.valueOf(LocalDate.of(year, 1, 1)))
                .setParameter(3, Date.valueOf(LocalDate.of(year + 1, 1, 1))).setParameter(4, jurisdiction + "%").getSingleResult();
        return new Counts(number(t, "counted").intValue(), number(t, "exempted").intValue());
    }

    @SuppressWarnings("unchecked")
    public Optional<Row> find(long id) {
        List<Tuple> rows = em.createNativeQuery("""
                        SELECT i.id, i.company_id, c.credit_code, c.name, i.region_code, i.inspection_date, i.type, i.counted,
                               i.officers, i.exemption_reason, i.recorded_at, i.recorded_by, i.confirmed_at, i.confirmed_by
                          FROM bureau_inspection i JOIN company c ON c.id = i.company_id WHERE i.id = ?1""", Tuple.class)
                .setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(t -> new Row(number(t, "id").longValue(), number(t, "company_id").longValue(),
                t.get("credit_code", String.class), t.get("name", String.class), t.get("region_code", String.class),
                Sql.localDate(t.get("inspection_date")), InspectionType.valueOf(t.get("type", String.class)),
                t.get("counted", Boolean.class), t.get("officers", String.class), t.get("exemption_reason", String.class),
                Sql.instant(t.get("recorded_at")), t.get("recorded_by", String.class), Sql.instant(t.get("confirmed_at")),
                t.get("confirmed_by", String.class)));
    }

    /** The inspection's findings in the order recorded. */
    @SuppressWarnings("unchecked")
    public List<FindingRow> findings(long inspectionId) {
        List<Tuple> rows = em.createNativeQuery("""
                        SELECT position, item_id, location, description, outcome, reason, matched_hazard_id, judgment
                          FROM inspection_finding WHERE inspection_id = ?1 ORDER BY position""", Tuple.class)
                .setParameter(1, inspectionId).getResultList();
        return rows.stream().map(t -> new FindingRow(number(t, "position").intValue(), number(t, "item_id").longValue(),
                t.get("location", String.class), t.get("description", String.class), t.get("outcome", String.class),
                t.get("reason", String.class), t.get("matched_hazard_id") == null ? null : number(t, "matched_hazard_id").longValue(),
                t.get("judgment", String.class))).toList();
    }

    private static Number number(Tuple row, String column) {
        return (Number) row.get(column);
    }
}
