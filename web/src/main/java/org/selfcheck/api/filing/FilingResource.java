package org.selfcheck.api.filing;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.selfcheck.api.CompanyParameter;
import org.selfcheck.api.RequestFields;
import org.selfcheck.company.CompanyService;
import org.selfcheck.filing.FilingService;
import org.selfcheck.filing.FilingStatus;
import org.selfcheck.filing.FilingView;

import java.util.List;
import java.util.Map;

/**
 * Filings with the bureaus: the company's own with their status and receipt (optionally of one report or hazard);
 * for admins the ones that need them and the replay.
 */
@Path("filings")
@Produces(MediaType.APPLICATION_JSON)
public class FilingResource {

    @EJB
    FilingService filings;

    @EJB
    CompanyService companies;

    @Context
    SecurityContext security;

    @GET
    public List<FilingView> list(@QueryParam("company") String company, @QueryParam("report") Long report,
                                 @QueryParam("hazard") Long hazard) {
        return filings.list(CompanyParameter.resolve(company, security, companies), report, hazard);
    }

    @GET
    @Path("{id}")
    public FilingView get(@PathParam("id") String id) {
        return filings.get(RequestFields.uuid("id", id));
    }

    /** Failed (dead letters), unrouted, and retrying filings: admins only. */
    @GET
    @Path("problems")
    public List<FilingView> problems() {
        return filings.problems();
    }

    @GET
    @Path("counts")
    public Map<FilingStatus, Long> counts() {
        return filings.counts();
    }

    /** Sends a failed or unrouted filing again: admins only. */
    @POST
    @Path("{id}/replay")
    public FilingView replay(@PathParam("id") String id) {
        return filings.replay(RequestFields.uuid("id", id));
    }
}
