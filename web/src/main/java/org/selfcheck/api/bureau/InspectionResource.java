package org.selfcheck.api.bureau;

import jakarta.inject.Inject;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.selfcheck.shared.Quarter;
import org.selfcheck.api.RequestFields;
import org.selfcheck.bureau.InspectionCaps;
import org.selfcheck.bureau.InspectionDetails;
import org.selfcheck.bureau.InspectionRequest;
import org.selfcheck.bureau.InspectionType;
import org.selfcheck.bureau.SpotCheckService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Bureau inspections (抽查): record one with its findings (judged against the company's self-reports), confirm it,
 * the company's ledger of a year, and its standing under the annual cap. Bureau officers of the company's
 * jurisdiction only.
 */
@Path("inspections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InspectionResource {

    @Inject
    Clock clock;

    @EJB
    SpotCheckService inspections;

    @POST
    public Response record(InspectionBody body) {
        RequestFields.body(body);
        List<InspectionRequest.FindingRequest> findings = body.findings() == null ? List.of() : body.findings().stream()
                .map(f -> f == null ? null : new InspectionRequest.FindingRequest(f.itemId(), f.location(), f.description()))
                .toList();
        InspectionDetails d = inspections.record(new InspectionRequest(body.company(), RequestFields.date("date", body.date()), RequestFields.time("time", body.time()),
                RequestFields.choice("type", InspectionType.class, body.type()), body.officers(), body.exemptionReason(), findings));
        return Response.status(Response.Status.CREATED).entity(d).build();
    }

    @GET
    @Path("{id}")
    public InspectionDetails get(@PathParam("id") long id) {
        return inspections.get(id);
    }

    @POST
    @Path("{id}/confirm")
    public InspectionDetails confirm(@PathParam("id") long id) {
        return inspections.confirm(id);
    }

    /** The company's inspections of a year (default: this year). */
    @GET
    public List<InspectionDetails> ofCompany(@QueryParam("company") String company, @QueryParam("year") Integer year) {
        return inspections.ofCompany(company, RequestFields.year("year", year, Quarter.today(clock).getYear()));
    }

    /** The company's cap this year, its count and what remains, before one more inspection of {@code type}. */
    @GET
    @Path("standing")
    public InspectionCaps.Standing standing(@QueryParam("company") String company, @QueryParam("type") String type) {
        return inspections.standing(company, type == null ? InspectionType.PLANNED : RequestFields.choice("type", InspectionType.class, type));
    }
}
