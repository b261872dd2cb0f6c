package org.selfcheck.api.onboarding;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.selfcheck.company.CompanyProfileInput;
import org.selfcheck.onboarding.ApplicationDetails;
import org.selfcheck.onboarding.ApplicationInput;
import org.selfcheck.onboarding.LicenceFile;
import org.selfcheck.onboarding.OnboardingService;
import org.selfcheck.shared.InvalidInputException;

import java.util.Base64;
import java.util.List;

/**
 * Applications to join: anyone submits one ({@code POST /api/applications}, no account: the public page does the same
 * through its form); the bureau with jurisdiction over the site (or an admin) lists the pending ones, reads one with
 * its licence and decides it.
 */
@Path("applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApplicationResource {

    @EJB
    OnboardingService onboarding;

    @Context
    HttpServletRequest request;

    /**
     * An application: the company as in {@code PUT /api/companies/mine} (without {@code version}), the certificate,
     * the safety manager, and the licence file in base64 ({@code licence}) with its name.
     */
    public record ApplicationRequest(String creditCode, String name, String regionCode, String industryCode,
                                     String industryName, Boolean highRisk, String standardisationGrade, String address,
                                     List<String> specialFields, String certificateNo, String certificateValidUntil,
                                     String managerName, String managerMobile, String managerEmail, String licence,
                                     String licenceName) {

        ApplicationInput toInput() {
            return new ApplicationInput(new CompanyProfileInput(creditCode, name, regionCode, industryCode, industryName,
                    highRisk, standardisationGrade, address, specialFields, null), certificateNo, certificateValidUntil,
                    managerName, managerMobile, managerEmail);
        }
    }

    /** The bureau's decision: approve or not; a rejection says why. */
    public record Decision(Boolean approve, String reason) {
    }

    @POST
    public Response apply(ApplicationRequest body) {
        if (body == null) {
            throw InvalidInputException.of("creditCode", "creditCode.required");
        }
        byte[] licence;
        try {
            licence = body.licence() == null ? null : Base64.getMimeDecoder().decode(body.licence());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("licence", "licence.corrupt", String.valueOf(body.licenceName()));
        }
        ApplicationDetails stored = onboarding.apply(body.toInput(), licence, null, body.licenceName(), request.getRemoteAddr());
        return Response.status(Response.Status.CREATED).entity(stored).build();
    }

    /** The pending applications of sites in the caller's jurisdiction, oldest first. */
    @GET
    @Path("pending")
    public List<ApplicationDetails> pending() {
        return onboarding.pending();
    }

    @GET
    @Path("{id}")
    public ApplicationDetails get(@PathParam("id") long id) {
        return onboarding.get(id);
    }

    /** The business licence as uploaded (image or PDF). */
    @GET
    @Path("{id}/licence")
    @Produces({"image/jpeg", "image/png", "application/pdf"})
    public Response licence(@PathParam("id") long id) {
        LicenceFile licence = onboarding.licence(id);
        return Response.ok(licence.data(), licence.contentType())
                .header("Content-Disposition", "inline; filename=\"licence-" + id + extension(licence.contentType()) + "\"")
                .header("Cache-Control", "private, no-store").build();
    }

    @POST
    @Path("{id}/decision")
    public ApplicationDetails decide(@PathParam("id") long id, Decision decision) {
        if (decision == null || decision.approve() == null) {
            throw InvalidInputException.of("approve", "regionChange.decision.required");
        }
        return onboarding.decide(id, decision.approve(), decision.reason());
    }

    private static String extension(String contentType) {
        return switch (contentType) {
            case "image/png" -> ".png";
            case "application/pdf" -> ".pdf";
            default -> ".jpg";
        };
    }
}
