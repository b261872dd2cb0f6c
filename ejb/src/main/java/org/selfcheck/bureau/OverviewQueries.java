package org.selfcheck.bureau;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import org.selfcheck.shared.Quarter;
import org.selfcheck.shared.persistence.Sql;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The SQL of the jurisdiction overview, its charts and its watch list, for {@link BureauOverview}: read from the
 * summaries {@link OverviewStats} keeps, one statement per page (and one per batch of the page's companies), rows
 * mapped by column name; joins the caller's transaction. Every region prefix is matched with {@code LIKE prefix%}.
 */
@ApplicationScoped
public class OverviewQueries {

    /** Sort keys and their SQL (all end with the credit code, so that pages are stable). */
    static final Map<String, String> SORTS = Map.of(
            "name", "c.name, c.credit_code",
            // the order of company_region_code_idx (varchar_pattern_ops): walked, not sorted
            "region", "c.region_code USING ~<~, c.credit_code",
            "overdue", "COALESCE(o.earliest_deadline < ?3, false) DESC, o.earliest_deadline, c.credit_code",
            "open", "COALESCE(o.open_hazards, 0) DESC, c.credit_code",
            "report", "CASE WHEN q.report_receipt_at IS NULL THEN 0 WHEN china_date(q.report_receipt_at) > ?4 THEN 1 ELSE 2 END, c.credit_code",
            "check", "COALESCE(q.check_done, false), c.credit_code");

    @PersistenceContext(unitName = "selfcheck")
    EntityManager em;

    /** Of the quarters of a trend: companies with a completed check, and those whose report was received by its due date. */
    public record QuarterCounts(int checked, int reportedOnTime) {
    }

    /**
     * One page of the companies of a region prefix with their status for the quarter, sorted by one of {@link #SORTS}
     * (a key it has); the principal's attendance and the overdue hazards read for the page's companies at once.
     */
    @SuppressWarnings("unchecked")
    public List<OverviewRow> page(String prefix, Quarter q, LocalDate due, LocalDate today, String sort, int size, int from) {
        List<Tuple> rows = parameters(em.createNativeQuery(PAGE + " " + SORTS.get(sort) + " LIMIT ?5 OFFSET ?6", Tuple.class),
                prefix, q, due, today).setParameter(5, size).setParameter(6, from).getResultList();
        String ids = Sql.bigintArray(rows.stream().map(r -> r.get("id")).toList());
        Set<Long> attended = ((List<Number>) em.createNativeQuery(ATTENDED).setParameter(1, ids)
                .setParameter(2, q.year() + "Q1").setParameter(3, q.year() + "Q4").getResultList())
                .stream().map(Number::longValue).collect(Collectors.toSet());
        Map<Long, Integer> overdue = new HashMap<>();
        if (rows.stream().anyMatch(r -> r.get("any_overdue", Boolean.class))) {
            for (Tuple o : (List<Tuple>) em.createNativeQuery(OVERDUE, Tuple.class).setParameter(1, ids)
                    .setParameter(2, Date.valueOf(today)).getResultList()) {
                overdue.put(number(o, "company_id").longValue(), number(o, "overdue").intValue());
            }
        }
        List<OverviewRow> companies = new ArrayList<>();
        for (Tuple r : rows) {
            long id = number(r, "id").longValue();
            companies.add(new OverviewRow(r.get("credit_code", String.class), r.get("name", String.class),
                    r.get("region_code", String.class), r.get("check_done", Boolean.class), r.get("check_late", Boolean.class),
                    r.get("report", String.class), Sql.instant(r.get("report_receipt_at")), attended.contains(id),
                    number(r, "open_hazards").intValue(), overdue.getOrDefault(id, 0), number(r, "not_self_found").intValue()));
        }
        return companies;
    }

    /** The counts per county of the same companies as {@link #page}'s, by region code. */
    @SuppressWarnings("unchecked")
    public List<JurisdictionOverview.County> counties(String prefix, Quarter q, LocalDate due, LocalDate today) {
        List<Tuple> counts = parameters(em.createNativeQuery(COUNTS, Tuple.class), prefix, q, due, today).getResultList();
        return counts.stream().map(c -> JurisdictionOverview.County.of(c.get("region_code", String.class),
                number(c, "companies").intValue(), number(c, "checked").intValue(), number(c, "on_time").intValue(),
                number(c, "compliant").intValue(), number(c, "with_overdue").intValue())).toList();
    }

    /** The major hazards found in the quarter by the companies of a region prefix, by article, the most first. */
    @SuppressWarnings("unchecked")
    public List<OverviewCharts.ArticleCount> hazardsByArticle(String prefix, Quarter q) {
        List<Tuple> articles = em.createNativeQuery("""
                        SELECT r.standard_code, i.article, min(i.subject) AS subject, count(*) AS hazards
                          FROM hazard h JOIN company c ON c.id = h.company_id
                          JOIN catalogue_item i ON i.id = h.item_id JOIN catalogue_revision r ON r.id = i.revision_id
                         WHERE c.region_code LIKE ?1 AND h.found_on BETWEEN ?2 AND ?3
                         GROUP BY r.standard_code, i.article ORDER BY count(*) DESC, r.standard_code, i.article""", Tuple.class)
                .setParameter(1, prefix + "%").setParameter(2, Date.valueOf(q.first())).setParameter(3, Date.valueOf(q.last()))
                .getResultList();
        return articles.stream().map(r -> new OverviewCharts.ArticleCount(
                r.get("standard_code", String.class), r.get("article", String.class), r.get("subject", String.class),
                number(r, "hazards").intValue())).toList();
    }

    /** How many companies a region prefix has. */
    public int companies(String prefix) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM company WHERE region_code LIKE ?1")
                .setParameter(1, prefix + "%").getSingleResult()).intValue();
    }

    /**
     * The counts of the quarters {@code from} to {@code to} that have any, by quarter ("2026Q3"), for the companies of
     * a region prefix; a report is on time by the due day of the month after its quarter ({@code reportDueDay}).
     */
    @SuppressWarnings("unchecked")
    public Map<String, QuarterCounts> quarters(String prefix, Quarter from, Quarter to, int reportDueDay) {
        Map<String, QuarterCounts> byQuarter = new HashMap<>();
        for (Tuple r : (List<Tuple>) em.createNativeQuery("""
                        SELECT q.quarter, count(*) FILTER (WHERE q.check_done) AS checked,
                               count(*) FILTER (WHERE china_date(q.report_receipt_at) <= report_due_date(q.quarter, ?4)) AS on_time
                          FROM company_quarter q JOIN company c ON c.id = q.company_id
                         WHERE c.region_code LIKE ?1 AND q.quarter BETWEEN ?2 AND ?3
                         GROUP BY q.quarter""", Tuple.class)
                .setParameter(1, prefix + "%").setParameter(2, from.toString()).setParameter(3, to.toString())
                .setParameter(4, reportDueDay).getResultList()) {
            byQuarter.put(r.get("quarter", String.class), new QuarterCounts(number(r, "checked").intValue(),
                    number(r, "on_time").intValue()));
        }
        return byQuarter;
    }

    /** The watch list of a region prefix on a day, at most {@code max} hazards in each list, most urgent first. */
    public WatchList watchList(String prefix, LocalDate today, int max) {
        Date day = Date.valueOf(today);
        return new WatchList(items(WATCH_OVERDUE, prefix, day, max), items(WATCH_EXTENDED, prefix, day, max),
                items(WATCH_TO_VERIFY, prefix, day, max));
    }

    /** The watch list's columns, for one of its lists (?1 the region prefix, ?2 today, ?3 the most rows). */
    private static final String WATCH = """
            SELECT h.id, c.credit_code, c.name, c.region_code, h.description, h.state,
                   hazard_deadline_in_force(h.id, h.deadline) AS deadline, %s AS extended_from
              FROM hazard h JOIN company c ON c.id = h.company_id %s
             WHERE c.region_code LIKE ?1 AND %s
             ORDER BY %s LIMIT ?3""";
    /** Past the deadline in force and not yet reported done, the earliest first. */
    private static final String WATCH_OVERDUE = WATCH.formatted("NULL", "", "hazard_overdue(h.id, h.state, h.deadline, ?2)", "deadline, h.id");
    /** Given more time by an approved extension, the latest decision first. */
    private static final String WATCH_EXTENDED = WATCH.formatted("x.previous_deadline",
            "JOIN hazard_extension x ON x.hazard_id = h.id AND x.decision = 'APPROVED'", "CAST(?2 AS date) IS NOT NULL",
            "x.decided_at DESC, h.id");
    /** Reported done, waiting for the group's verification, the longest waiting first. */
    private static final String WATCH_TO_VERIFY = WATCH.formatted("NULL", "", "h.state = 'TO_VERIFY' AND CAST(?2 AS date) IS NOT NULL",
            "h.updated_at, h.id");

    @SuppressWarnings("unchecked")
    private List<WatchList.Item> items(String sql, String prefix, Date today, int max) {
        List<Tuple> rows = em.createNativeQuery(sql, Tuple.class).setParameter(1, prefix + "%").setParameter(2, today)
                .setParameter(3, max).getResultList();
        return rows.stream().map(r -> new WatchList.Item(number(r, "id").longValue(), r.get("credit_code", String.class),
                r.get("name", String.class), r.get("region_code", String.class), r.get("description", String.class),
                r.get("state", String.class), Sql.localDate(r.get("deadline")), Sql.localDate(r.get("extended_from")))).toList();
    }

    private static Number number(Tuple row, String column) {
        return (Number) row.get(column);
    }

    /** Whether the report was received by its due date (?4), in China's days. */
    private static final String ON_TIME = "china_date(q.report_receipt_at) <= ?4";

    /**
     * One page of companies of the region prefix (?1) with their status for the quarter (?2), from the summaries the
     * services keep ({@link OverviewStats}: a quarter is checked only by a check completed before it ended, a later
     * one is {@code check_late}); the overdue count is taken only for the companies of the page that have
     * any (?3 today, ?4 the report due date); a sort of {@link #SORTS}, ?5 the page size and ?6 its offset follow.
     */
    private static final String PAGE = """
            SELECT c.id, c.credit_code, c.name, c.region_code, COALESCE(q.check_done, false) AS check_done, q.report_receipt_at,
                   CASE WHEN q.report_receipt_at IS NOT NULL AND %s THEN 'ON_TIME'
                        WHEN q.report_receipt_at IS NOT NULL THEN 'LATE'
                        WHEN ?3 <= ?4 THEN 'NOT_DUE'
                        ELSE 'MISSING' END AS report,
                   COALESCE(o.open_hazards, 0) AS open_hazards, COALESCE(o.earliest_deadline < ?3, false) AS any_overdue,
                   COALESCE(q.check_late, false) AS check_late, COALESCE(o.not_self_found, 0) AS not_self_found
              FROM company c
              LEFT JOIN company_quarter q ON q.company_id = c.id AND q.quarter = ?2
              LEFT JOIN company_hazards o ON o.company_id = c.id
             WHERE c.region_code LIKE ?1
             ORDER BY """.formatted(ON_TIME);

    /** Of some companies (?1, an array), those whose principal confirmed attending a completed check in the year (?2 to ?3). */
    private static final String ATTENDED = """
            SELECT DISTINCT company_id FROM company_quarter
             WHERE company_id = ANY (CAST(?1 AS bigint[])) AND quarter BETWEEN ?2 AND ?3 AND principal_attended""";

    /** Of some companies (?1), how many hazards each has past the deadline in force (?2 today) before verification. */
    private static final String OVERDUE = """
            SELECT h.company_id, count(*) AS overdue FROM hazard h
             WHERE h.company_id = ANY (CAST(?1 AS bigint[])) AND hazard_overdue(h.id, h.state, h.deadline, ?2)
             GROUP BY h.company_id""";

    /** The counts per county of the same companies. */
    private static final String COUNTS = """
            SELECT c.region_code, count(*) AS companies, count(*) FILTER (WHERE q.check_done) AS checked,
                   count(*) FILTER (WHERE %1$s) AS on_time, count(*) FILTER (WHERE q.check_done AND %1$s) AS compliant,
                   count(*) FILTER (WHERE o.earliest_deadline < ?3) AS with_overdue
              FROM company c
              LEFT JOIN company_quarter q ON q.company_id = c.id AND q.quarter = ?2
              LEFT JOIN company_hazards o ON o.company_id = c.id
             WHERE c.region_code LIKE ?1
             GROUP BY c.region_code ORDER BY c.region_code""".formatted(ON_TIME);

    private static Query parameters(Query query, String prefix, Quarter q, LocalDate due, LocalDate today) {
        return query.setParameter(1, prefix + "%").setParameter(2, q.toString()).setParameter(3, Date.valueOf(today))
                .setParameter(4, Date.valueOf(due));
    }
}
