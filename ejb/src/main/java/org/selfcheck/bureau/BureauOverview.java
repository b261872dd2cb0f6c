package org.selfcheck.bureau;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import org.selfcheck.security.CallerContext;
import org.selfcheck.security.Roles;
import org.selfcheck.shared.Settings;
import org.selfcheck.shared.InvalidInputException;
import org.selfcheck.shared.Messages;
import org.selfcheck.shared.Quarter;
import org.selfcheck.shared.excel.XlsxTable;
import org.selfcheck.shared.persistence.Sql;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The jurisdiction overview for a quarter: every company of the officer's jurisdiction (a provincial officer the
 * province, a county officer the county) with its check, its report (on time, late, missing), the principal's
 * attendance for the year and its open and overdue major hazards; sorted and paged in the database, with the
 * counts per county for the charts. One statement per page, one for the counties.
 */
@Stateless
public class BureauOverview {

    /** The most companies on one page. */
    static final int MAX_PAGE = 500;

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

    @Inject
    Settings settings;

    @Inject
    CallerContext callerContext;

    @Inject
    Clock clock;

    /**
     * @param county a region prefix within the jurisdiction, or null for all of it
     * @param sort   one of {@link #SORTS}' keys (default: region)
     */
    @RolesAllowed({Roles.BUREAU_OFFICER, Roles.ADMIN})
    public JurisdictionOverview overview(Quarter quarter, String county, String sort, int first, int max) {
        return compute(quarter, county, sort, first, Math.max(1, Math.min(MAX_PAGE, max)));
    }

    @SuppressWarnings("unchecked")
    private JurisdictionOverview compute(Quarter quarter, String county, String sort, int first, int size) {
        String jurisdiction = Jurisdictions.of(callerContext.require());
        String prefix = Jurisdictions.within(jurisdiction, county);
        String order = SORTS.get(sort == null || sort.isBlank() ? "region" : sort);
        if (order == null) {
            throw InvalidInputException.of("sort", "choice.unknown", sort);
        }
        Quarter q = quarter == null ? Quarter.current(clock).previous() : quarter;
        LocalDate due = q.reportDeadline(settings.reportDueDay());
        LocalDate today = Quarter.today(clock);
        int from = Math.max(0, first);
        List<Tuple> rows = parameters(em.createNativeQuery(PAGE + " " + order + " LIMIT ?5 OFFSET ?6", Tuple.class), prefix, q, due, today)
                .setParameter(5, size).setParameter(6, from).getResultList();
        String ids = Sql.bigintArray(rows.stream().map(r -> r.get("id")).toList());
        java.util.Set<Long> attended = ((List<Number>) em.createNativeQuery(ATTENDED).setParameter(1, ids)
                .setParameter(2, q.year() + "Q1").setParameter(3, q.year() + "Q4").getResultList())
                .stream().map(Number::longValue).collect(java.util.stream.Collectors.toSet());
        Map<Long, Integer> overdue = new java.util.HashMap<>();
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
        List<Tuple> counts = parameters(em.createNativeQuery(COUNTS, Tuple.class), prefix, q, due, today).getResultList();
        List<JurisdictionOverview.County> counties = new ArrayList<>();
        int total = 0;
        for (Tuple c : counts) {
            int n = number(c, "companies").intValue();
            total += n;
            counties.add(JurisdictionOverview.County.of(c.get("region_code", String.class), n, number(c, "checked").intValue(),
                    number(c, "on_time").intValue(), number(c, "compliant").intValue(), number(c, "with_overdue").intValue()));
        }
        return new JurisdictionOverview(q.toString(), due, jurisdiction, total, from, companies, counties);
    }

    /** The most companies an export holds: a province's. */
    static final int MAX_EXPORT = 200_000;

    /** The overview of the quarter as an Excel workbook, every company of the jurisdiction (or county), sorted. */
    @RolesAllowed({Roles.BUREAU_OFFICER, Roles.ADMIN})
    public byte[] export(Quarter quarter, String county, String sort, Locale locale) {
        JurisdictionOverview o = compute(quarter, county, sort, 0, MAX_EXPORT);
        String yes = Messages.get(locale, "yes");
        String no = Messages.get(locale, "no");
        List<XlsxTable.Column> columns = List.of(
                new XlsxTable.Column(Messages.get(locale, "overview.export.creditCode"), 22, XlsxTable.Kind.TEXT),
                new XlsxTable.Column(Messages.get(locale, "overview.export.name"), 36, XlsxTable.Kind.TEXT),
                new XlsxTable.Column(Messages.get(locale, "overview.export.region"), 10, XlsxTable.Kind.CENTRED),
                new XlsxTable.Column(Messages.get(locale, "overview.export.checkDone"), 12, XlsxTable.Kind.CENTRED),
                new XlsxTable.Column(Messages.get(locale, "overview.export.report"), 12, XlsxTable.Kind.CENTRED),
                new XlsxTable.Column(Messages.get(locale, "overview.export.receivedOn"), 12, XlsxTable.Kind.DATE),
                new XlsxTable.Column(Messages.get(locale, "overview.export.attended"), 14, XlsxTable.Kind.CENTRED),
                new XlsxTable.Column(Messages.get(locale, "overview.export.open"), 12, XlsxTable.Kind.NUMBER),
                new XlsxTable.Column(Messages.get(locale, "overview.export.overdue"), 12, XlsxTable.Kind.NUMBER),
                new XlsxTable.Column(Messages.get(locale, "overview.export.notSelfFound"), 12, XlsxTable.Kind.NUMBER));
        List<List<Object>> rows = o.companies().stream().map(r -> java.util.Arrays.<Object>asList(r.creditCode(), r.name(),
                r.regionCode(), r.checkDone() ? yes : r.checkLate() ? Messages.get(locale, "overview.export.checkLate") : no,
                Messages.get(locale, "overview.export.report." + r.report()),
                r.reportReceivedAt() == null ? null : r.reportReceivedAt().atZone(Quarter.ZONE).toLocalDate(),
                r.principalAttended() ? yes : no, r.openHazards(), r.overdueHazards(), r.notSelfFound())).toList();
        return XlsxTable.xlsx(Messages.get(locale, "overview.export.sheet"),
                Messages.get(locale, "overview.export.title", o.quarter(), o.jurisdiction().isEmpty() ? "*" : o.jurisdiction()),
                columns, rows);
    }

    /** The charts of the overview: hazards of the quarter by article, and compliance over the {@code quarters} up to it. */
    @RolesAllowed({Roles.BUREAU_OFFICER, Roles.ADMIN})
    @SuppressWarnings("unchecked")
    public OverviewCharts charts(Quarter quarter, String county, int quarters) {
        String prefix = Jurisdictions.within(Jurisdictions.of(callerContext.require()), county) + "%";
        Quarter q = quarter == null ? Quarter.current(clock).previous() : quarter;
        List<Tuple> articles = em.createNativeQuery("""
                        SELECT r.standard_code, i.article, min(i.subject) AS subject, count(*) AS hazards
                          FROM hazard h JOIN company c ON c.id = h.company_id
                          JOIN catalogue_item i ON i.id = h.item_id JOIN catalogue_revision r ON r.id = i.revision_id
                         WHERE c.region_code LIKE ?1 AND h.found_on BETWEEN ?2 AND ?3
                         GROUP BY r.standard_code, i.article ORDER BY count(*) DESC, r.standard_code, i.article""", Tuple.class)
                .setParameter(1, prefix).setParameter(2, Date.valueOf(q.first())).setParameter(3, Date.valueOf(q.last()))
                .getResultList();
        List<OverviewCharts.ArticleCount> byArticle = articles.stream().map(r -> new OverviewCharts.ArticleCount(
                r.get("standard_code", String.class), r.get("article", String.class), r.get("subject", String.class),
                number(r, "hazards").intValue())).toList();
        int companies = ((Number) em.createNativeQuery("SELECT count(*) FROM company WHERE region_code LIKE ?1")
                .setParameter(1, prefix).getSingleResult()).intValue();
        List<OverviewCharts.TrendPoint> trend = new ArrayList<>();
        Quarter from = q;
        for (int i = 1; i < Math.max(1, Math.min(12, quarters)); i++) {
            from = from.previous();
        }
        Map<String, Tuple> byQuarter = new java.util.HashMap<>();
        for (Tuple r : (List<Tuple>) em.createNativeQuery("""
                        SELECT q.quarter, count(*) FILTER (WHERE q.check_done) AS checked,
                               count(*) FILTER (WHERE china_date(q.report_receipt_at) <= report_due_date(q.quarter, ?4)) AS on_time
                          FROM company_quarter q JOIN company c ON c.id = q.company_id
                         WHERE c.region_code LIKE ?1 AND q.quarter BETWEEN ?2 AND ?3
                         GROUP BY q.quarter""", Tuple.class)
                .setParameter(1, prefix).setParameter(2, from.toString()).setParameter(3, q.toString())
                .setParameter(4, settings.reportDueDay()).getResultList()) {
            byQuarter.put(r.get("quarter", String.class), r);
        }
        for (Quarter t = from; t.compareTo(q) <= 0; t = t.next()) {
            Tuple r = byQuarter.get(t.toString());
            trend.add(new OverviewCharts.TrendPoint(t.toString(), companies, r == null ? 0 : number(r, "checked").intValue(),
                    r == null ? 0 : number(r, "on_time").intValue()));
        }
        return new OverviewCharts(byArticle, trend);
    }

    /** The jurisdiction's watch list (at most {@link #MAX_PAGE} hazards in each list, most urgent first). */
    @RolesAllowed({Roles.BUREAU_OFFICER, Roles.ADMIN})
    public WatchList watchList() {
        String prefix = Jurisdictions.of(callerContext.require()) + "%";
        Date today = Date.valueOf(Quarter.today(clock));
        return new WatchList(items(WATCH_OVERDUE, prefix, today), items(WATCH_EXTENDED, prefix, today),
                items(WATCH_TO_VERIFY, prefix, today));
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
    private List<WatchList.Item> items(String sql, String prefix, Date today) {
        List<Tuple> rows = em.createNativeQuery(sql, Tuple.class).setParameter(1, prefix).setParameter(2, today)
                .setParameter(3, MAX_PAGE).getResultList();
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
     * any (?3 today, ?4 the report due date, ?5 the year's quarters, e.g. 2026Q%).
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

    private static jakarta.persistence.Query parameters(jakarta.persistence.Query query, String prefix, Quarter q, LocalDate due,
                                                        LocalDate today) {
        return query.setParameter(1, prefix + "%").setParameter(2, q.toString()).setParameter(3, Date.valueOf(today))
                .setParameter(4, Date.valueOf(due));
    }
}
