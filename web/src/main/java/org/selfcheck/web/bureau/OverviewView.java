package org.selfcheck.web.bureau;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.selfcheck.bureau.BureauOverview;
import org.selfcheck.bureau.JurisdictionOverview;
import org.selfcheck.bureau.OverviewCharts;
import org.selfcheck.bureau.WatchList;
import org.selfcheck.shared.InvalidInputException;
import org.selfcheck.shared.Quarter;
import org.selfcheck.shared.SelfCheckException;
import org.selfcheck.web.i18n.Feedback;

import java.io.Serializable;
import java.time.Clock;
import java.util.List;

/** The bureau's jurisdiction overview of a quarter, the compliance rate by county, and the watch list. */
@Named
@ViewScoped
public class OverviewView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE = 100;

    @EJB
    BureauOverview overview;

    @Inject
    Feedback feedback;

    @Inject
    Clock clock;

    /** The quarter shown: by default the last one ended (set on the first load). */
    private String quarter;
    private String county;
    private String sort = "region";
    private int first;
    private JurisdictionOverview data;
    private WatchList watch;
    private OverviewCharts charts;
    private SelfCheckException problem;

    public void load() {
        if (quarter == null) {
            quarter = Quarter.current(clock).previous().toString();
        }
        if (data == null && problem == null) {
            show();
            if (problem == null) {
                watch = overview.watchList();
            }
        }
    }

    public void show() {
        try {
            Quarter q;
            try {
                q = Quarter.parse(quarter == null ? "" : quarter.strip());
            } catch (RuntimeException e) {
                throw InvalidInputException.of("quarter", "quarter.format", String.valueOf(quarter));
            }
            data = overview.overview(q, county, sort, first, PAGE);
            charts = overview.charts(q, county, 8);
            problem = null;
        } catch (InvalidInputException e) {
            feedback.refused(e, "filter");
        } catch (SelfCheckException e) {
            problem = e;
        }
    }

    public void next() {
        first += PAGE;
        show();
    }

    public void previous() {
        first = Math.max(0, first - PAGE);
        show();
    }

    public String total() {
        return data == null ? "" : feedback.text("overview.total", data.total());
    }

    public List<String> getSorts() {
        return List.of("region", "name", "overdue", "open", "report", "check");
    }

    /** The Excel export of the whole overview, as filtered and sorted now. */
    public String getExportUrl() {
        StringBuilder url = new StringBuilder(jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                .getRequestContextPath()).append("/api/overview/export?sort=").append(encode(sort));
        if (quarter != null && !quarter.isBlank()) {
            url.append("&quarter=").append(encode(quarter));
        }
        if (county != null && !county.isBlank()) {
            url.append("&county=").append(encode(county));
        }
        return url.toString();
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value == null ? "" : value.strip(), java.nio.charset.StandardCharsets.UTF_8);
    }

    public String getProblemText() {
        return problem == null ? null : feedback.describe(problem);
    }

    public JurisdictionOverview getData() {
        return data;
    }

    public OverviewCharts getCharts() {
        return charts;
    }

    /** The width of a bar, in pixels, for a share of a whole (200 pixels for all of it). */
    public int bar(int part, int whole) {
        return whole <= 0 ? 0 : Math.round(200f * part / whole);
    }

    /** The largest hazard count of the article chart, for the bars' scale. */
    public int getMostHazards() {
        return charts == null ? 0 : charts.hazardsByArticle().stream().mapToInt(OverviewCharts.ArticleCount::hazards).max().orElse(0);
    }

    public WatchList getWatch() {
        return watch;
    }

    public String getQuarter() {
        return quarter;
    }

    public void setQuarter(String quarter) {
        this.quarter = quarter;
    }

    public String getCounty() {
        return county;
    }

    public void setCounty(String county) {
        this.county = county;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public int getFirst() {
        return first;
    }

    public boolean isMore() {
        return data != null && first + PAGE < data.total();
    }
}
