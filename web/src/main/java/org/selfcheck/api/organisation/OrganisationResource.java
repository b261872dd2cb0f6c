package org.selfcheck.api.organisation;

import jakarta.ejb.EJB;
import org.selfcheck.onboarding.InvitationService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.selfcheck.organisation.Explanation;
import org.selfcheck.organisation.GroupCategory;
import org.selfcheck.organisation.OrganisationHistory;
import org.selfcheck.organisation.OrganisationService;
import org.selfcheck.organisation.OrganisationSnapshot;
import org.selfcheck.organisation.Permissions;
import org.selfcheck.organisation.PersonDetails;
import org.selfcheck.organisation.PersonInput;
import org.selfcheck.organisation.Position;

/**
 * The self-check organisation (R1, R2). Reads name a company ({@code ?company=}, default the caller's own);
 * changes always apply to the caller's own company. New records answer 201.
 */
@Path("organisation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganisationResource {

    @EJB
    InvitationService invitations;

    @EJB
    OrganisationService organisation;

    @EJB
    CompanyService companies;

    @Context
    SecurityContext security;

    /** Who was who on {@code date} (default today), with the composition check. */
    @GET
    public OrganisationSnapshot snapshot(@QueryParam("company") String company, @QueryParam("date") String date) {
        return organisation.snapshot(company(company), RequestFields.date("date", date));
    }

    @GET
    @Path("history")
    public OrganisationHistory history(@QueryParam("company") String company) {
        return organisation.history(company(company));
    }

    @GET
    @Path("permissions")
    public Permissions permissions() {
        return organisation.permissions();
    }

    @POST
    @Path("people")
    public Response addPerson(PersonRequest request) {
        return created(organisation.addPerson(input(RequestFields.body(request))));
    }

    @GET
    @Path("people/{id}")
    public PersonDetails person(@PathParam("id") long id) {
        return organisation.person(id);
    }

    @PUT
    @Path("people/{id}")
    public PersonDetails updatePerson(@PathParam("id") long id, PersonRequest request) {
        return organisation.updatePerson(id, input(RequestFields.body(request)));
    }

    /** An invitation to log in: {@code {"email","mobile","safetyManager"}}. */
    public record InviteRequest(String email, String mobile, Boolean safetyManager) {
    }

    /**
     * The safety manager invites a person to log in: an account bound to the company and to the person, with the
     * roles the organisation gives him today; Keycloak mails him the link to set a password.
     */
    @POST
    @Path("people/{id}/invite")
    public InvitationService.Invitation invite(@PathParam("id") long id, InviteRequest request) {
        InviteRequest r = request == null ? new InviteRequest(null, null, null) : request;
        return invitations.invite(id, r.email(), r.mobile(), Boolean.TRUE.equals(r.safetyManager()));
    }

    @POST
    @Path("principal")
    public Response setPrincipal(AppointmentRequest request) {
        RequestFields.body(request);
        return created(organisation.setPrincipal(RequestFields.id("personId", request.personId()),
                RequestFields.date("start", request.start())));
    }

    @POST
    @Path("leadership")
    public Response addLeadership(AppointmentRequest request) {
        RequestFields.body(request);
        return created(organisation.addLeadership(RequestFields.id("personId", request.personId()),
                RequestFields.date("start", request.start())));
    }

    /** The principal designates the leader who organises the checks. */
    @POST
    @Path("leader")
    public Response appointLeader(AppointmentRequest request) {
        RequestFields.body(request);
        return created(organisation.appointLeader(RequestFields.id("personId", request.personId()),
                RequestFields.date("start", request.start()), request.note()));
    }

    @POST
    @Path("group")
    public Response addMember(MemberRequest request) {
        RequestFields.body(request);
        return created(organisation.addMember(RequestFields.id("personId", request.personId()),
                RequestFields.choice("category", GroupCategory.class, request.category()), request.certificateNo(),
                RequestFields.date("start", request.start()), RequestFields.date("end", request.end())));
    }

    /** Ends a leadership term or a group membership: the given date is the last day in office, included. */
    @POST
    @Path("terms/{id}/end")
    public Position endTerm(@PathParam("id") long id, EndRequest request) {
        return organisation.endTerm(id, RequestFields.date("date", RequestFields.body(request).date()));
    }

    @POST
    @Path("explanations")
    public Response explain(ExplanationRequest request) {
        RequestFields.body(request);
        return created(organisation.explain(RequestFields.choice("category", GroupCategory.class, request.category()),
                request.reason(), RequestFields.date("start", request.start())));
    }

    /** Withdraws a reason: the given date is the last day it holds. */
    @POST
    @Path("explanations/{id}/end")
    public Explanation endExplanation(@PathParam("id") long id, EndRequest request) {
        return organisation.endExplanation(id, RequestFields.date("date", RequestFields.body(request).date()));
    }

    private String company(String company) {
        return CompanyParameter.resolve(company, security, companies);
    }

    private static PersonInput input(PersonRequest r) {
        return new PersonInput(r.name(), r.position(), r.phone(), r.username(), r.external(), r.employer(), r.version());
    }

    private static Response created(Object entity) {
        return Response.status(Response.Status.CREATED).entity(entity).build();
    }
}
