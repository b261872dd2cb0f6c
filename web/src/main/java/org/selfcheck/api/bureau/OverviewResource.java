package org.selfcheck.api.bureau;

import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.selfcheck.api.RequestFields;
import org.selfcheck.api.Languages;
import org.selfcheck.bureau.BureauOverview;
import org.selfcheck.bureau.JurisdictionOverview;
import org.selfcheck.bureau.OverviewCharts;
import org.selfcheck.bureau.WatchList;
import org.selfcheck.shared.InvalidInputException;
import org.selfcheck.shared.Quarter;

/**
 * The jurisdiction overview of a quarter ({@code ?quarter=2026Q3&county=330106&sort=overdue&first=0&max=50}; default:
 * the last ended quarter, sorted by region) and the watch list. Bureau officers (their jurisdiction) and admins.
 */
@Path("overview")
@Produces(MediaType.APPLICATION_JSON)
public class OverviewResource {

    @EJB
    BureauOverview overview;

    @GET
    public JurisdictionOverview overview(@QueryParam("quarter") String quarter, @QueryParam("county") String county,
                                         @QueryParam("sort") String sort, @QueryParam("first") @DefaultValue("0") int first,
                                         @QueryParam("max") @DefaultValue("50") int max) {
        return overview.overview(quarter(quarter), county, sort, RequestFields.nonNegative("first", first),
                RequestFields.nonNegative("max", max));
    }

    /** The overview of every company (sorted as asked) as an Excel workbook, headers in the caller's language. */
    @GET
    @Path("export")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    public Response export(@QueryParam("quarter") String quarter, @QueryParam("county") String county,
                           @QueryParam("sort") String sort, @Context HttpHeaders headers) {
        return Response.ok(overview.export(quarter(quarter), county, sort, Languages.of(headers)))
                .header("Content-Disposition", "attachment; filename=\"overview.xlsx\"").build();
    }

    /** Hazards of the quarter by article, and compliance over the last {@code quarters} (default 8, at most 12). */
    @GET
    @Path("charts")
    public OverviewCharts charts(@QueryParam("quarter") String quarter, @QueryParam("county") String county,
                                 @QueryParam("quarters") @DefaultValue("8") int quarters) {
        return overview.charts(quarter(quarter), county, quarters);
    }

    @GET
    @Path("watch")
    public WatchList watch() {
        return overview.watchList();
    }

    static Quarter quarter(String text) {
        try {
            return text == null || text.isBlank() ? null : Quarter.parse(text.strip());
        } catch (RuntimeException e) {
            throw InvalidInputException.of("quarter", "quarter.format", text);
        }
    }
}
