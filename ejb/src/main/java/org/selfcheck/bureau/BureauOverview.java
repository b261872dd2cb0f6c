package org.selfcheck.bureau;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.selfcheck.inspection.Quarter;
import org.selfcheck.report.ReportService;
import org.selfcheck.security.CallerContext;
import org.selfcheck.security.Roles;
import org.selfcheck.shared.InvalidInputException;
import org.selfcheck.shared.Messages;
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
            "name", "name, credit_code",
            "region", "region_code, name, credit_code",
            "overdue", "overdue_hazards DESC, open_hazards DESC, credit_code",
            "open", "open_hazards DESC, credit_code",
            "report", "CASE report WHEN 'MISSING' THEN 0 WHEN 'LATE' THEN 1 WHEN 'NOT_DUE' THEN 2 ELSE 3 END, credit_code",
            "check", "check_done, credit_code");

    @PersistenceContext(unitName = "selfcheck")
    EntityManager em;

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
        LocalDate due = q.reportDeadline(ReportService.dueDay());
        LocalDate today = Quarter.today(clock);
        int from = Math.max(0, first);
        List<Object[]> rows = parameters(em.createNativeQuery("WITH status AS (" + STATUS + ") SELECT * FROM status ORDER BY "
                + order + " LIMIT ?9 OFFSET ?10"), prefix, q, due, today)
                .setParameter(9, size).setParameter(10, from).getResultList();
        List<OverviewRow> companies = new ArrayList<>();
        for (Object[] r : rows) {
            companies.add(new OverviewRow((String) r[0], (String) r[1], (String) r[2], (Boolean) r[3], (String) r[5],
                    Sql.instant(r[4]), (Boolean) r[6], ((Number) r[7]).intValue(), ((Number) r[8]).intValue()));
        }
        List<Object[]> counts = parameters(em.createNativeQuery("WITH status AS (" + STATUS + """
                ) SELECT region_code, count(*), count(*) FILTER (WHERE check_done), count(*) FILTER (WHERE report = 'ON_TIME'),
                         count(*) FILTER (WHERE check_done AND report = 'ON_TIME'), count(*) FILTER (WHERE overdue_hazards > 0)
                    FROM status GROUP BY region_code ORDER BY region_code"""), prefix, q, due, today).getResultList();
        List<JurisdictionOverview.County> counties = new ArrayList<>();
        int total = 0;
        for (Object[] c : counts) {
            int n = ((Number) c[1]).intValue();
            total += n;
            counties.add(JurisdictionOverview.County.of((String) c[0], n, ((Number) c[2]).intValue(), ((Number) c[3]).intValue(),
                    ((Number) c[4]).intValue(), ((Number) c[5]).intValue()));
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
                new XlsxTable.Column(Messages.get(locale, "overview.export.overdue"), 12, XlsxTable.Kind.NUMBER));
        List<List<Object>> rows = o.companies().stream().map(r -> java.util.Arrays.<Object>asList(r.creditCode(), r.name(),
                r.regionCode(), r.checkDone() ? yes : no, Messages.get(locale, "overview.export.report." + r.report()),
                r.reportReceivedAt() == null ? null : r.reportReceivedAt().atZone(Quarter.ZONE).toLocalDate(),
                r.principalAttended() ? yes : no, r.openHazards(), r.overdueHazards())).toList();
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
        List<Object[]> articles = em.createNativeQuery("""
                        SELECT r.standard_code, i.article, min(i.subject), count(*)
                          FROM hazard h JOIN company c ON c.id = h.company_id
                          JOIN catalogue_item i ON i.id = h.item_id JOIN catalogue_revision r ON r.id = i.revision_id
                         WHERE c.region_code LIKE ?1 AND h.found_on BETWEEN ?2 AND ?3
                         GROUP BY r.standard_code, i.article ORDER BY count(*) DESC, r.standard_code, i.article""")
                .setParameter(1, prefix).setParameter(2, Date.valueOf(q.first())).setParameter(3, Date.valueOf(q.last()))
                .getResultList();
        List<OverviewCharts.ArticleCount> byArticle = articles.stream().map(r -> new OverviewCharts.ArticleCount((String) r[0],
                (String) r[1], (String) r[2], ((Number) r[3]).intValue())).toList();
        int companies = ((Number) em.createNativeQuery("SELECT count(*) FROM company WHERE region_code LIKE ?1")
                .setParameter(1, prefix).getSingleResult()).intValue();
        List<OverviewCharts.TrendPoint> trend = new ArrayList<>();
        Quarter from = q;
        for (int i = 1; i < Math.max(1, Math.min(12, quarters)); i++) {
            from = from.previous();
        }
        for (Quarter t = from; t.compareTo(q) <= 0; t = t.next()) {
            Object[] r = (Object[]) em.createNativeQuery("""
                            SELECT (SELECT count(DISTINCT k.company_id) FROM safety_check k JOIN company c ON c.id = k.company_id
                                     WHERE c.region_code LIKE ?1 AND k.status = 'COMPLETED' AND k.check_date BETWEEN ?2 AND ?3),
                                   (SELECT count(DISTINCT f.company_id) FROM filing f JOIN company c ON c.id = f.company_id
                                      JOIN quarterly_report q ON q.id = f.report_id
                                     WHERE c.region_code LIKE ?1 AND q.quarter = ?4 AND f.status = 'DELIVERED'
                                       AND (f.receipt_at AT TIME ZONE 'Asia/Shanghai')::date <= ?5)""")
                    .setParameter(1, prefix).setParameter(2, Date.valueOf(t.first())).setParameter(3, Date.valueOf(t.last()))
                    .setParameter(4, t.toString()).setParameter(5, Date.valueOf(t.reportDeadline(ReportService.dueDay())))
                    .getSingleResult();
            trend.add(new OverviewCharts.TrendPoint(t.toString(), companies, ((Number) r[0]).intValue(), ((Number) r[1]).intValue()));
        }
        return new OverviewCharts(byArticle, trend);
    }

    /** The jurisdiction's watch list (at most {@link #MAX_PAGE} hazards in each list, most urgent first). */
    @RolesAllowed({Roles.BUREAU_OFFICER, Roles.ADMIN})
    public WatchList watchList() {
        String prefix = Jurisdictions.of(callerContext.require()) + "%";
        Date today = Date.valueOf(Quarter.today(clock));
        String select = """
                SELECT h.id, c.credit_code, c.name, c.region_code, h.description, h.state,
                       COALESCE((SELECT max(e.requested_deadline) FROM hazard_extension e WHERE e.hazard_id = h.id
                                  AND e.decision = 'APPROVED'), h.deadline) AS deadline, %s AS extended_from
                  FROM hazard h JOIN company c ON c.id = h.company_id %s
                 WHERE c.region_code LIKE ?1 AND %s
                 ORDER BY %s LIMIT ?3""";
        return new WatchList(
                items(select.formatted("NULL", "", "h.state IN ('PENDING', 'IN_PROGRESS') AND COALESCE((SELECT max(e.requested_deadline) "
                        + "FROM hazard_extension e WHERE e.hazard_id = h.id AND e.decision = 'APPROVED'), h.deadline) < ?2", "deadline, h.id"), prefix, today),
                items(select.formatted("x.previous_deadline", "JOIN hazard_extension x ON x.hazard_id = h.id AND x.decision = 'APPROVED'",
                        "CAST(?2 AS date) IS NOT NULL", "x.decided_at DESC, h.id"), prefix, today),
                items(select.formatted("NULL", "", "h.state = 'TO_VERIFY' AND CAST(?2 AS date) IS NOT NULL", "h.updated_at, h.id"), prefix, today));
    }

    @SuppressWarnings("unchecked")
    private List<WatchList.Item> items(String sql, String prefix, Date today) {
        List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, prefix).setParameter(2, today).setParameter(3, MAX_PAGE)
                .getResultList();
        return rows.stream().map(r -> new WatchList.Item(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], (String) r[5], localDate(r[6]), localDate(r[7]))).toList();
    }

    private static LocalDate localDate(Object o) {
        return o == null ? null : o instanceof LocalDate d ? d : ((Date) o).toLocalDate();
    }

    /**
     * Each company of the region prefix (?1) with its status for the quarter (?2 its first day, ?3 its last, ?4 the
     * quarter's code, ?5 the report due date as the end of that day in China, ?6 today, ?7 ?8 the year's first and
     * last day).
     */
    private static final String STATUS = """
            SELECT c.credit_code, c.name, c.region_code,
                   EXISTS (SELECT 1 FROM safety_check k WHERE k.company_id = c.id AND k.status = 'COMPLETED'
                                AND k.check_date BETWEEN ?2 AND ?3) AS check_done,
                   r.receipt_at,
                   CASE WHEN r.receipt_at IS NOT NULL AND (r.receipt_at AT TIME ZONE 'Asia/Shanghai')::date <= ?5 THEN 'ON_TIME'
                        WHEN r.receipt_at IS NOT NULL THEN 'LATE'
                        WHEN ?6 <= ?5 THEN 'NOT_DUE'
                        ELSE 'MISSING' END AS report,
                   EXISTS (SELECT 1 FROM safety_check k WHERE k.company_id = c.id AND k.status = 'COMPLETED'
                                AND k.principal_confirmed_at IS NOT NULL AND k.check_date BETWEEN ?7 AND ?8) AS principal_attended,
                   (SELECT count(*) FROM hazard h WHERE h.company_id = c.id AND h.state <> 'CLOSED') AS open_hazards,
                   (SELECT count(*) FROM hazard h WHERE h.company_id = c.id AND h.state IN ('PENDING', 'IN_PROGRESS')
                       AND COALESCE((SELECT max(e.requested_deadline) FROM hazard_extension e
                                      WHERE e.hazard_id = h.id AND e.decision = 'APPROVED'), h.deadline) < ?6) AS overdue_hazards
              FROM company c
              LEFT JOIN LATERAL (SELECT min(f.receipt_at) AS receipt_at FROM filing f JOIN quarterly_report q ON q.id = f.report_id
                                  WHERE f.company_id = c.id AND f.status = 'DELIVERED' AND q.quarter = ?4) r ON true
             WHERE c.region_code LIKE ?1
            """;

    private static jakarta.persistence.Query parameters(jakarta.persistence.Query query, String prefix, Quarter q, LocalDate due,
                                                        LocalDate today) {
        return query.setParameter(1, prefix + "%").setParameter(2, Date.valueOf(q.first())).setParameter(3, Date.valueOf(q.last()))
                .setParameter(4, q.toString()).setParameter(5, Date.valueOf(due)).setParameter(6, Date.valueOf(today))
                .setParameter(7, Date.valueOf(LocalDate.of(q.year(), 1, 1))).setParameter(8, Date.valueOf(LocalDate.of(q.year(), 12, 31)));
    }
}
