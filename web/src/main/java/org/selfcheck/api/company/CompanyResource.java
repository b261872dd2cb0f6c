package org.selfcheck.api.company;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import jakarta.ws.rs.core.UriInfo;
import org.selfcheck.api.RequestFields;
import org.selfcheck.company.CompanyDetails;
import org.selfcheck.company.CompanyEventDetails;
import org.selfcheck.company.CompanyService;
import org.selfcheck.company.RegionChange;
import org.selfcheck.company.RegionChangeService;
import org.selfcheck.shared.InvalidInputException;
import org.selfcheck.shared.QrCodes;
import org.selfcheck.shared.UnifiedSocialCreditCode;

import java.util.List;

/**
 * Company profiles. Enterprise users see their own company ({@code mine} or its credit code), bureau
 * officers the companies of their jurisdiction, admins all; only a company's safety manager changes it.
 */
@Path("companies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CompanyResource {

    @EJB
    CompanyService companies;

    @EJB
    RegionChangeService regionChanges;

    @GET
    public List<CompanyDetails> list(@QueryParam("first") @DefaultValue("0") int first,
                                     @QueryParam("max") @DefaultValue("50") int max) {
        return companies.list(RequestFields.nonNegative("first", first), RequestFields.nonNegative("max", max));
    }

    @GET
    @Path("mine")
    public CompanyDetails mine() {
        return companies.mine();
    }

    /** Registers (201) or updates (200) the caller's own company. */
    @PUT
    @Path("mine")
    public Response saveMine(CompanyRequest request) {
        return save(companies.ownCreditCode(), request);
    }

    @GET
    @Path("{creditCode}")
    public CompanyDetails get(@PathParam("creditCode") String creditCode) {
        return companies.get(pathCode(creditCode));
    }

    /** Registers (201) or updates (200) the company with this credit code. */
    @PUT
    @Path("{creditCode}")
    public Response save(@PathParam("creditCode") String creditCode, CompanyRequest request) {
        if (request == null) {
            throw InvalidInputException.of("body", "body.required");
        }
        CompanyService.SaveResult result = companies.save(pathCode(creditCode), request.toInput());
        return Response.status(result.registered() ? Response.Status.CREATED : Response.Status.OK)
                .entity(result.company()).build();
    }

    @GET
    @Path("{creditCode}/events")
    public List<CompanyEventDetails> events(@PathParam("creditCode") String creditCode) {
        return companies.history(pathCode(creditCode));
    }

    /**
     * The company's 扫码入企 code as a PNG, for whoever may read the company (it prints it for its entrance): it holds
     * the address of {@code /scan/{creditCode}}, which shows officers of the jurisdiction the inspection count and cap.
     */
    @GET
    @Path("{creditCode}/qr")
    @Produces("image/png")
    public Response qr(@PathParam("creditCode") String creditCode, @Context UriInfo uri) {
        CompanyDetails company = companies.get(pathCode(creditCode));
        String base = uri.getBaseUri().resolve("..").toString();
        return Response.ok(QrCodes.png(base + "scan/" + company.creditCode(), 8), "image/png")
                .header("Content-Disposition", "inline; filename=\"" + company.creditCode() + ".png\"").build();
    }

    // ---- moving the production site: the company asks, the competent bureau decides (RegionChangeResource) ----

    @GET
    @Path("mine/region-changes")
    public List<RegionChange> myRegionChanges() {
        return regionChanges.mine();
    }

    @POST
    @Path("mine/region-changes")
    public Response requestRegionChange(RegionChangeRequest ask, @Context UriInfo uri) {
        if (ask == null) {
            throw InvalidInputException.of("body", "body.required");
        }
        RegionChange asked = regionChanges.request(ask.toRegion(), ask.reason());
        return Response.created(uri.getBaseUriBuilder().path("region-changes").path(String.valueOf(asked.id())).build())
                .entity(asked).build();
    }

    @POST
    @Path("mine/region-changes/{id}/withdraw")
    public RegionChange withdrawRegionChange(@PathParam("id") long id) {
        return regionChanges.withdraw(id);
    }

    @GET
    @Path("{creditCode}/region-changes")
    public List<RegionChange> regionChanges(@PathParam("creditCode") String creditCode) {
        return regionChanges.ofCompany(pathCode(creditCode));
    }

    private static String pathCode(String creditCode) {
        return UnifiedSocialCreditCode.of(creditCode).value();
    }
}
