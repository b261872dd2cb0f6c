package org.selfcheck.api.inspection;

import jakarta.inject.Inject;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.selfcheck.api.CompanyParameter;
import org.selfcheck.api.RequestFields;
import org.selfcheck.company.CompanyService;
import org.selfcheck.evidence.PhotoRef;
import org.selfcheck.inspection.CheckDetails;
import org.selfcheck.inspection.CheckService;
import org.selfcheck.inspection.CheckSummary;
import org.selfcheck.inspection.ComplianceCalendar;
import org.selfcheck.inspection.Outcome;
import org.selfcheck.shared.Quarter;

import java.time.Clock;
import java.util.List;

/**
 * Quarterly checks of the caller's company: plan, record who was present and a result per item, add photos,
 * complete (lock), amend; the principal and members confirm their own presence. Reads name a company
 * ({@code ?company=}, default the caller's own).
 */
@Path("checks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CheckResource {

    @Inject
    Clock clock;

    @EJB
    CheckService checks;

    @EJB
    CompanyService companies;

    @Context
    SecurityContext security;

    @GET
    public List<CheckSummary> list(@QueryParam("company") String company, @QueryParam("year") Integer year) {
        return checks.list(CompanyParameter.resolve(company, security, companies), year(year));
    }

    /** Quarters done / due / overdue, the principal's attendance and the next deadline. */
    @GET
    @Path("calendar")
    public ComplianceCalendar calendar(@QueryParam("company") String company, @QueryParam("year") Integer year) {
        return checks.calendar(CompanyParameter.resolve(company, security, companies), year(year));
    }

    @POST
    public Response plan(PlanRequest request) {
        RequestFields.body(request);
        return Response.status(Response.Status.CREATED)
                .entity(checks.plan(RequestFields.date("date", request.date()), request.scope())).build();
    }

    @GET
    @Path("{id}")
    public CheckDetails get(@PathParam("id") long id) {
        return checks.get(id);
    }

    @PUT
    @Path("{id}/participants")
    public CheckDetails participants(@PathParam("id") long id, ParticipantsRequest request) {
        return checks.setParticipants(id, RequestFields.body(request).personIds());
    }

    @PUT
    @Path("{id}/results/{resultId}")
    public CheckDetails record(@PathParam("id") long id, @PathParam("resultId") long resultId, ResultRequest request) {
        RequestFields.body(request);
        return checks.record(id, resultId, RequestFields.choice("result", Outcome.class, request.result()),
                request.reason(), request.description());
    }

    /** Every item without a result is recorded as compliant. */
    @POST
    @Path("{id}/results/remaining-compliant")
    public CheckDetails remainingCompliant(@PathParam("id") long id) {
        return checks.markRemainingCompliant(id);
    }

    /** A photo of an item: the request body is the JPEG or PNG file itself. */
    @POST
    @Path("{id}/results/{resultId}/photos")
    @Consumes({"image/jpeg", "image/png", MediaType.APPLICATION_OCTET_STREAM})
    public Response addPhoto(@PathParam("id") long id, @PathParam("resultId") long resultId,
                             @HeaderParam("Content-Type") String contentType,
                             @HeaderParam("X-File-Name") String fileName, byte[] data) {
        PhotoRef photo = checks.addPhoto(id, resultId, data, contentType, fileName);
        return Response.status(Response.Status.CREATED).entity(photo).build();
    }

    /** Completes and locks the check. */
    @POST
    @Path("{id}/complete")
    public CheckDetails complete(@PathParam("id") long id) {
        return checks.complete(id);
    }

    /** Corrects a result of a completed check (a new amendment; the original stays). */
    @POST
    @Path("{id}/results/{resultId}/amendments")
    public Response amend(@PathParam("id") long id, @PathParam("resultId") long resultId, ResultRequest request) {
        RequestFields.body(request);
        return Response.status(Response.Status.CREATED).entity(checks.amend(id, resultId,
                RequestFields.choice("result", Outcome.class, request.result()), request.reason(), request.description(),
                request.why())).build();
    }

    /** The principal confirms his own attendance (R5). */
    @POST
    @Path("{id}/attendance")
    public CheckDetails attendance(@PathParam("id") long id) {
        return checks.confirmAttendance(id);
    }

    /** A member recorded as present confirms his own participation. */
    @POST
    @Path("{id}/participation")
    public CheckDetails participation(@PathParam("id") long id) {
        return checks.confirmParticipation(id);
    }

    private int year(Integer year) {
        return RequestFields.year("year", year, Quarter.today(clock).getYear());
    }
}
