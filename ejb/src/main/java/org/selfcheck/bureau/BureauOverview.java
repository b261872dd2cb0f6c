package org.selfcheck.bureau;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.selfcheck.region.RegionDirectory;
import org.selfcheck.security.CallerContext;
import org.selfcheck.security.Roles;
import org.selfcheck.shared.Settings;
import org.selfcheck.shared.InvalidInputException;
import org.selfcheck.shared.Messages;
import org.selfcheck.shared.Quarter;
import org.selfcheck.shared.excel.XlsxTable;

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
 * counts per county for the charts. One statement per page, one for the counties ({@link OverviewQueries}).
 */
@Stateless
public class BureauOverview {

    /** The most companies on one page. */
    static final int MAX_PAGE = 500;

    @Inject
    OverviewQueries queries;

    @Inject
    RegionDirectory regions;

    @Inject
    Settings settings;

    @Inject
    CallerContext callerContext;

    @Inject
    Clock clock;

    /**
     * @param county a region prefix within the jurisdiction, or null for all of it
     * @param sort   one of {@link OverviewQueries#SORTS}' keys (default: region)
     */
    @RolesAllowed({Roles.BUREAU_OFFICER, Roles.ADMIN})
    public JurisdictionOverview overview(Quarter quarter, String county, String sort, int first, int max) {
        return compute(quarter, county, sort, first, Math.max(1, Math.min(MAX_PAGE, max)));
    }

    private JurisdictionOverview compute(Quarter quarter, String county, String sort, int first, int size) {
        String jurisdiction = Jurisdictions.of(callerContext.require());
        String prefix = Jurisdictions.within(jurisdiction, county);
        String key = sort == null || sort.isBlank() ? "region" : sort;
        if (!OverviewQueries.SORTS.containsKey(key)) {
            throw InvalidInputException.of("sort", "choice.unknown", sort);
        }
        Quarter q = quarter == null ? Quarter.current(clock).previous() : quarter;
        LocalDate due = q.reportDeadline(settings.reportDueDay());
        LocalDate today = Quarter.today(clock);
        int from = Math.max(0, first);
        List<OverviewRow> companies = queries.page(prefix, q, due, today, key, size, from);
        List<JurisdictionOverview.County> counties = queries.counties(prefix, q, due, today);
        int total = counties.stream().mapToInt(JurisdictionOverview.County::companies).sum();
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
                new XlsxTable.Column(Messages.get(locale, "overview.export.region"), 30, XlsxTable.Kind.TEXT),
                new XlsxTable.Column(Messages.get(locale, "overview.export.checkDone"), 12, XlsxTable.Kind.CENTRED),
                new XlsxTable.Column(Messages.get(locale, "overview.export.report"), 12, XlsxTable.Kind.CENTRED),
                new XlsxTable.Column(Messages.get(locale, "overview.export.receivedOn"), 12, XlsxTable.Kind.DATE),
                new XlsxTable.Column(Messages.get(locale, "overview.export.attended"), 14, XlsxTable.Kind.CENTRED),
                new XlsxTable.Column(Messages.get(locale, "overview.export.open"), 12, XlsxTable.Kind.NUMBER),
                new XlsxTable.Column(Messages.get(locale, "overview.export.overdue"), 12, XlsxTable.Kind.NUMBER),
                new XlsxTable.Column(Messages.get(locale, "overview.export.notSelfFound"), 12, XlsxTable.Kind.NUMBER));
        List<List<Object>> rows = o.companies().stream().map(r -> java.util.Arrays.<Object>asList(r.creditCode(), r.name(),
                regions.fullName(r.regionCode()) + "（" + r.regionCode() + "）", r.checkDone() ? yes : r.checkLate() ? Messages.get(locale, "overview.export.checkLate") : no,
                Messages.get(locale, "overview.export.report." + r.report()),
                r.reportReceivedAt() == null ? null : r.reportReceivedAt().atZone(Quarter.ZONE).toLocalDate(),
                r.principalAttended() ? yes : no, r.openHazards(), r.overdueHazards(), r.notSelfFound())).toList();
        return XlsxTable.xlsx(Messages.get(locale, "overview.export.sheet"),
                Messages.get(locale, "overview.export.title", o.quarter(), o.jurisdiction().isEmpty() ? "*" : regions.fullName(o.jurisdiction())),
                columns, rows);
    }

    /** The charts of the overview: hazards of the quarter by article, and compliance over the {@code quarters} up to it. */
    @RolesAllowed({Roles.BUREAU_OFFICER, Roles.ADMIN})
    public OverviewCharts charts(Quarter quarter, String county, int quarters) {
        String prefix = Jurisdictions.within(Jurisdictions.of(callerContext.require()), county);
        Quarter q = quarter == null ? Quarter.current(clock).previous() : quarter;
        List<OverviewCharts.ArticleCount> byArticle = queries.hazardsByArticle(prefix, q);
        int companies = queries.companies(prefix);
        List<OverviewCharts.TrendPoint> trend = new ArrayList<>();
        Quarter from = q;
        for (int i = 1; i < Math.max(1, Math.min(12, quarters)); i++) {
            from = from.previous();
        }
        Map<String, OverviewQueries.QuarterCounts> byQuarter = queries.quarters(prefix, from, q, settings.reportDueDay());
        for (Quarter t = from; t.compareTo(q) <= 0; t = t.next()) {
            OverviewQueries.QuarterCounts r = byQuarter.get(t.toString());
            trend.add(new OverviewCharts.TrendPoint(t.toString(), companies, r == null ? 0 : r.checked(),
                    r == null ? 0 : r.reportedOnTime()));
        }
        return new OverviewCharts(byArticle, trend);
    }

    /** The jurisdiction's watch list (at most {@link #MAX_PAGE} hazards in each list, most urgent first). */
    @RolesAllowed({Roles.BUREAU_OFFICER, Roles.ADMIN})
    public WatchList watchList() {
        return queries.watchList(Jurisdictions.of(callerContext.require()), Quarter.today(clock), MAX_PAGE);
    }
}
