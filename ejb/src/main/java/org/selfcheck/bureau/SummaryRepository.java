package org.selfcheck.bureau;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * The jurisdiction overview's summaries in PostgreSQL ({@code company_quarter}, {@code company_hazards}), kept by
 * {@link OverviewStats}: upserts, never check-then-insert; joins the caller's transaction. The SQL is the functions of
 * migration V17, which the benchmark data generator calls too (for every company at once), so that both keep the same
 * rows; each call here passes one company. The persistence context is flushed first, so that the functions read the
 * change that is being counted.
 */
@ApplicationScoped
public class SummaryRepository {

    @PersistenceContext(unitName = "selfcheck")
    EntityManager em;

    /** A report on the quarter ("2026Q3") was received: its first receipt is kept. */
    public void reportReceived(long companyId, String quarter, Instant receiptAt) {
        call("""
                SELECT receive_company_reports(ARRAY[CAST(?1 AS bigint)], ARRAY[CAST(?2 AS varchar)],
                                               ARRAY[CAST(?3 AS timestamptz)])""",
                companyId, quarter, Timestamp.from(receiptAt));
    }

    /** Recounts the company's hazards under a lock of its summary row, so that two nodes recount in turn. */
    public void recountHazards(long companyId) {
        call("SELECT recount_company_hazards(ARRAY[CAST(?1 AS bigint)])", companyId);
    }

    /** Sets the quarter's ("2026Q3") flags that are true; a flag once true stays true. */
    public void markQuarter(long companyId, String quarter, boolean checkDone, boolean checkLate, boolean attended) {
        call("""
                SELECT mark_company_quarters(ARRAY[CAST(?1 AS bigint)], ARRAY[CAST(?2 AS varchar)], ARRAY[CAST(?3 AS boolean)],
                                             ARRAY[CAST(?4 AS boolean)], ARRAY[CAST(?5 AS boolean)])""",
                companyId, quarter, checkDone, checkLate, attended);
    }

    private void call(String sql, Object... parameters) {
        em.flush();
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        query.getSingleResult();
    }
}
