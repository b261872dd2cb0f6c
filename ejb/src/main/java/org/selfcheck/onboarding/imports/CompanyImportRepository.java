package org.selfcheck.onboarding.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import org.selfcheck.shared.JsonP;

import java.io.StringReader;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The imports and their rows (V22); joins the caller's transaction. */
@ApplicationScoped
public class CompanyImportRepository {

    /** An import as stored, with the counts of its rows by outcome and by invitation state. */
    public record ImportRecord(long id, String jurisdiction, String fileName, String uploadedBy, Instant uploadedAt,
                               int rows, Map<String, Integer> outcomes, Map<String, Integer> invitations) {
    }

    /** A row as stored. */
    public record RowRecord(long id, long importId, int rowNo, Map<ImportColumn, String> cells, String outcome,
                            JsonArray errors, Long companyId, String managerEmail, String invitation,
                            String invitationError, int attempts) {
    }

    private static final String COUNTS = """
            SELECT i.id, i.jurisdiction, i.file_name, i.uploaded_by, i.uploaded_at, i.rows_total,
                   count(*) FILTER (WHERE r.outcome = 'QUEUED') AS queued,
                   count(*) FILTER (WHERE r.outcome = 'CREATED') AS created,
                   count(*) FILTER (WHERE r.outcome = 'UPDATED') AS updated,
                   count(*) FILTER (WHERE r.outcome = 'UNCHANGED') AS unchanged,
                   count(*) FILTER (WHERE r.outcome = 'REJECTED') AS rejected,
                   count(*) FILTER (WHERE r.invitation = 'PENDING') AS pending,
                   count(*) FILTER (WHERE r.invitation = 'SENT') AS sent,
                   count(*) FILTER (WHERE r.invitation = 'EXISTING') AS existing,
                   count(*) FILTER (WHERE r.invitation = 'FAILED') AS failed
              FROM company_import i LEFT JOIN company_import_row r ON r.import_id = i.id
            """;

    private static final String ROW_COLUMNS = """
            id, import_id, row_no, cells::text AS cells, outcome, errors::text AS errors, company_id, manager_email,
            invitation, invitation_error, attempts""";

    @PersistenceContext(unitName = "selfcheck")
    EntityManager em;

    /** Stores an import and its rows in one statement each; answers its id. */
    public long add(String jurisdiction, String fileName, String uploadedBy, Instant now, JsonArray rows) {
        long id = ((Number) em.createNativeQuery("""
                        INSERT INTO company_import (jurisdiction, file_name, uploaded_by, uploaded_at, rows_total)
                        VALUES (?1, ?2, ?3, ?4, ?5) RETURNING id""")
                .setParameter(1, jurisdiction).setParameter(2, fileName).setParameter(3, uploadedBy)
                .setParameter(4, Timestamp.from(now)).setParameter(5, rows.size()).getSingleResult()).longValue();
        em.createNativeQuery("""
                        INSERT INTO company_import_row (import_id, row_no, credit_code, cells, outcome, errors, due_at, done_at)
                        SELECT ?1, r.row_no, r.credit_code, r.cells, r.outcome, r.errors, ?2,
                               CASE WHEN r.outcome = 'QUEUED' THEN NULL ELSE CAST(?2 AS timestamptz) END
                          FROM jsonb_to_recordset(CAST(?3 AS jsonb))
                               AS r(row_no integer, credit_code varchar, cells jsonb, outcome varchar, errors jsonb)""")
                .setParameter(1, id).setParameter(2, Timestamp.from(now)).setParameter(3, rows.toString()).executeUpdate();
        return id;
    }

    /** Imports whose jurisdiction lies within {@code prefix}, newest first. */
    @SuppressWarnings("unchecked")
    public List<ImportRecord> within(String prefix, int max) {
        List<Tuple> rows = em.createNativeQuery(COUNTS + """
                         WHERE i.jurisdiction LIKE ?1 || '%' GROUP BY i.id ORDER BY i.id DESC LIMIT ?2""", Tuple.class)
                .setParameter(1, prefix).setParameter(2, max).getResultList();
        return rows.stream().map(CompanyImportRepository::importRecord).toList();
    }

    @SuppressWarnings("unchecked")
    public Optional<ImportRecord> find(long id) {
        List<Tuple> rows = em.createNativeQuery(COUNTS + " WHERE i.id = ?1 GROUP BY i.id", Tuple.class)
                .setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(CompanyImportRepository::importRecord);
    }

    /** The import's rows in their order. */
    @SuppressWarnings("unchecked")
    public List<RowRecord> rows(long importId) {
        List<Tuple> rows = em.createNativeQuery("SELECT " + ROW_COLUMNS + " FROM company_import_row WHERE import_id = ?1 ORDER BY row_no",
                Tuple.class).setParameter(1, importId).getResultList();
        return rows.stream().map(CompanyImportRepository::rowRecord).toList();
    }

    /** One row, locked for its transaction. */
    @SuppressWarnings("unchecked")
    public Optional<RowRecord> lock(long rowId) {
        List<Tuple> rows = em.createNativeQuery("SELECT " + ROW_COLUMNS + " FROM company_import_row WHERE id = ?1 FOR UPDATE", Tuple.class)
                .setParameter(1, rowId).getResultList();
        return rows.stream().findFirst().map(CompanyImportRepository::rowRecord);
    }

    /**
     * Claims up to {@code max} rows whose step is due (a queued row to apply, or a pending invitation) for
     * {@code lease}: another node skips them until then.
     */
    @SuppressWarnings("unchecked")
    public List<Long> claim(String condition, int max, Instant now, Duration lease) {
        // condition is one of this class's two constants, never input
        return ((List<Number>) em.createNativeQuery("""
                        UPDATE company_import_row SET due_at = ?2 WHERE id IN (
                            SELECT id FROM company_import_row WHERE %s AND due_at <= ?1
                             ORDER BY due_at, id LIMIT ?3 FOR UPDATE SKIP LOCKED)
                        RETURNING id""".formatted(condition))
                .setParameter(1, Timestamp.from(now)).setParameter(2, Timestamp.from(now.plus(lease)))
                .setParameter(3, max).getResultList()).stream().map(Number::longValue).sorted().toList();
    }

    static final String QUEUED = "outcome = 'QUEUED'";
    static final String PENDING = "invitation = 'PENDING'";

    /** The row's outcome ({@code errors} a JSON array, or "" for none); invitation PENDING makes it due at once. */
    public void applied(long rowId, String outcome, String errors, Long companyId, String managerEmail, String invitation,
                        Instant now) {
        em.createNativeQuery("""
                        UPDATE company_import_row SET outcome = ?2, errors = CAST(NULLIF(?3, '') AS jsonb), company_id = ?4,
                               manager_email = ?5, invitation = ?6, attempts = 0, due_at = ?7, done_at = ?7
                         WHERE id = ?1""")
                .setParameter(1, rowId).setParameter(2, outcome).setParameter(3, errors).setParameter(4, companyId)
                .setParameter(5, managerEmail).setParameter(6, invitation).setParameter(7, Timestamp.from(now))
                .executeUpdate();
    }

    /** A failed attempt at the row's step: tried again at {@code next}. */
    public void retry(long rowId, Instant next) {
        em.createNativeQuery("UPDATE company_import_row SET attempts = attempts + 1, due_at = ?2 WHERE id = ?1")
                .setParameter(1, rowId).setParameter(2, Timestamp.from(next)).executeUpdate();
    }

    /** The invitation's end: SENT, EXISTING or FAILED with its reason (a message key). */
    public void invited(long rowId, String invitation, String error, Instant now) {
        em.createNativeQuery("""
                        UPDATE company_import_row SET invitation = ?2, invitation_error = ?3, due_at = ?4 WHERE id = ?1""")
                .setParameter(1, rowId).setParameter(2, invitation).setParameter(3, error).setParameter(4, Timestamp.from(now))
                .executeUpdate();
    }

    /** Whether the address was invited for this company by an import before (or is being invited). */
    public boolean invitedBefore(long companyId, String email, long exceptRow) {
        return !em.createNativeQuery("""
                        SELECT 1 FROM company_import_row WHERE company_id = ?1 AND manager_email = ?2 AND id <> ?3
                           AND invitation IN ('PENDING', 'SENT', 'EXISTING') LIMIT 1""")
                .setParameter(1, companyId).setParameter(2, email).setParameter(3, exceptRow).getResultList().isEmpty();
    }

    /** The credit code of a company a row applied to. */
    public String creditCode(long companyId) {
        return (String) em.createNativeQuery("SELECT credit_code FROM company WHERE id = ?1").setParameter(1, companyId)
                .getSingleResult();
    }

    /** The import's jurisdiction and uploader, for a row's step. */
    public ImportRecord header(long importId) {
        Tuple t = (Tuple) em.createNativeQuery("SELECT * FROM company_import WHERE id = ?1", Tuple.class)
                .setParameter(1, importId).getSingleResult();
        return new ImportRecord(importId, t.get("jurisdiction", String.class), t.get("file_name", String.class),
                t.get("uploaded_by", String.class), instant(t.get("uploaded_at")), t.get("rows_total", Number.class).intValue(),
                Map.of(), Map.of());
    }

    private static ImportRecord importRecord(Tuple t) {
        Map<String, Integer> outcomes = new java.util.LinkedHashMap<>();
        for (String k : List.of("queued", "created", "updated", "unchanged", "rejected")) {
            outcomes.put(k.toUpperCase(java.util.Locale.ROOT), t.get(k, Number.class).intValue());
        }
        Map<String, Integer> invitations = new java.util.LinkedHashMap<>();
        for (String k : List.of("pending", "sent", "existing", "failed")) {
            invitations.put(k.toUpperCase(java.util.Locale.ROOT), t.get(k, Number.class).intValue());
        }
        return new ImportRecord(t.get("id", Number.class).longValue(), t.get("jurisdiction", String.class),
                t.get("file_name", String.class), t.get("uploaded_by", String.class), instant(t.get("uploaded_at")),
                t.get("rows_total", Number.class).intValue(), outcomes, invitations);
    }

    private static RowRecord rowRecord(Tuple t) {
        JsonObject cells = JsonP.PROVIDER.createReader(new StringReader(String.valueOf(t.get("cells")))).readObject();
        Map<ImportColumn, String> byColumn = new EnumMap<>(ImportColumn.class);
        for (ImportColumn c : ImportColumn.values()) {
            if (cells.containsKey(c.name())) {
                byColumn.put(c, cells.getString(c.name()));
            }
        }
        Object errors = t.get("errors");
        Number company = t.get("company_id", Number.class);
        return new RowRecord(t.get("id", Number.class).longValue(), t.get("import_id", Number.class).longValue(),
                t.get("row_no", Number.class).intValue(), byColumn, t.get("outcome", String.class),
                errors == null ? null : JsonP.PROVIDER.createReader(new StringReader(errors.toString())).readArray(),
                company == null ? null : company.longValue(), t.get("manager_email", String.class),
                t.get("invitation", String.class), t.get("invitation_error", String.class),
                t.get("attempts", Number.class).intValue());
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp ts) {
            return ts.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        return (Instant) value;
    }
}
