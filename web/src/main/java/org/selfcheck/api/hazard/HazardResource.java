package org.selfcheck.api.hazard;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.selfcheck.api.CompanyParameter;
import org.selfcheck.api.Languages;
import org.selfcheck.api.RequestFields;
import org.selfcheck.catalogue.CatalogueItemDetails;
import org.selfcheck.company.CompanyService;
import org.selfcheck.hazard.HazardDetails;
import org.selfcheck.hazard.HazardService;
import org.selfcheck.hazard.HazardSource;
import org.selfcheck.hazard.HazardState;
import org.selfcheck.hazard.LedgerEntry;
import org.selfcheck.shared.InvalidInputException;

import java.util.List;
import java.util.Locale;

/**
 * The hazard register of the caller's company (reads: {@code ?company=} for bureau officers and admins):
 * the ledger with filters and its Excel export, one hazard with its remediation, and the steps to closure.
 */
@Path("hazards")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HazardResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @EJB
    HazardService hazards;

    @EJB
    CompanyService companies;

    @Context
    SecurityContext security;

    @Context
    HttpHeaders headers;

    /**
     * The ledger, filtered by {@code state}, {@code quarter} (e.g. 2026Q4), {@code overdue}, {@code qualified} and
     * {@code selfFound} (false: 非自查发现, found by the bureau or recorded only after a bureau finding of it).
     */
    @GET
    public List<LedgerEntry> ledger(@QueryParam("company") String company, @QueryParam("state") String state,
                                    @QueryParam("quarter") String quarter, @QueryParam("overdue") Boolean overdue,
                                    @QueryParam("qualified") Boolean qualified, @QueryParam("selfFound") Boolean selfFound) {
        return hazards.ledger(CompanyParameter.resolve(company, security, companies),
                filter(state, quarter, overdue, qualified, selfFound));
    }

    /** The ledger as an Excel workbook (隐患排查治理台账.xlsx), headers in the caller's language. */
    @GET
    @Path("export")
    @Produces(XLSX)
    public Response export(@QueryParam("company") String company, @QueryParam("state") String state,
                           @QueryParam("quarter") String quarter, @QueryParam("overdue") Boolean overdue,
                           @QueryParam("qualified") Boolean qualified, @QueryParam("selfFound") Boolean selfFound) {
        byte[] xlsx = hazards.export(CompanyParameter.resolve(company, security, companies),
                filter(state, quarter, overdue, qualified, selfFound), Languages.of(headers));
        return Response.ok(xlsx, XLSX)
                .header("Content-Disposition", "attachment; filename=\"hazard-ledger.xlsx\"; filename*=UTF-8''%E9%9A%90%E6%82%A3%E6%8E%92%E6%9F%A5%E6%B2%BB%E7%90%86%E5%8F%B0%E8%B4%A6.xlsx")
                .build();
    }

    /** The items of the judgment standards that apply to the company: what a hazard reported by hand names ({@code itemId}). */
    @GET
    @Path("items")
    public List<CatalogueItemDetails> items(@QueryParam("company") String company) {
        return hazards.reportableItems(CompanyParameter.resolve(company, security, companies));
    }

    /** A hazard found outside a quarterly check, with the item it matches ({@code itemId}, required): 201. */
    @POST
    public Response report(ReportRequest r) {
        RequestFields.body(r);
        HazardDetails created = hazards.report(RequestFields.choice("source", HazardSource.class, r.source()), r.description(),
                RequestFields.date("foundOn", r.foundOn()), r.foundBy(), r.itemId());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @Path("{id}")
    public HazardDetails get(@PathParam("id") long id) {
        return hazards.get(id);
    }

    /** The three elements and the plan (五落实). */
    @PUT
    @Path("{id}")
    public HazardDetails describe(@PathParam("id") long id, DescribeRequest r) {
        RequestFields.body(r);
        return hazards.describe(id, r.location(), r.presentState(), r.harm(), r.responsiblePerson(), r.responsibleBody(),
                r.measures(), r.fundsAmount(), r.fundsSource(), RequestFields.date("deadline", r.deadline()), r.contingency(),
                r.version());
    }

    @POST
    @Path("{id}/start")
    public HazardDetails start(@PathParam("id") long id, StepRequest r) {
        return hazards.start(id, r == null ? null : r.text());
    }

    @POST
    @Path("{id}/progress")
    public HazardDetails progress(@PathParam("id") long id, StepRequest r) {
        return hazards.progress(id, RequestFields.body(r).text());
    }

    @POST
    @Path("{id}/submit")
    public HazardDetails submit(@PathParam("id") long id, StepRequest r) {
        return hazards.submit(id, RequestFields.body(r).text());
    }

    /** 复查 by a group member: {@code passed} closes the hazard, otherwise it goes back to remediation. */
    @POST
    @Path("{id}/verify")
    public HazardDetails verify(@PathParam("id") long id, StepRequest r) {
        RequestFields.body(r);
        if (r.passed() == null) {
            throw InvalidInputException.of("passed", "hazard.text.required");
        }
        return hazards.verify(id, r.passed(), r.text());
    }

    @POST
    @Path("{id}/extensions")
    public Response requestExtension(@PathParam("id") long id, StepRequest r) {
        RequestFields.body(r);
        return Response.status(Response.Status.CREATED)
                .entity(hazards.requestExtension(id, RequestFields.date("requestedDeadline", r.deadline()), r.text())).build();
    }

    /** The principal's decision: {@code approve} true or false, with an optional note. */
    @POST
    @Path("{id}/extensions/{extensionId}/decision")
    public HazardDetails decide(@PathParam("id") long id, @PathParam("extensionId") long extensionId, StepRequest r) {
        RequestFields.body(r);
        if (r.approve() == null) {
            throw InvalidInputException.of("approve", "hazard.text.required");
        }
        return hazards.decideExtension(id, extensionId, r.approve(), r.text());
    }

    /** A photo: {@code kind} BEFORE, PROGRESS or AFTER; the body is the JPEG or PNG file. */
    @POST
    @Path("{id}/photos")
    @Consumes({"image/jpeg", "image/png", MediaType.APPLICATION_OCTET_STREAM})
    public Response addPhoto(@PathParam("id") long id, @QueryParam("kind") String kind,
                             @HeaderParam("Content-Type") String contentType, @HeaderParam("X-File-Name") String fileName,
                             byte[] data) {
        return Response.status(Response.Status.CREATED).entity(hazards.addPhoto(id, kind == null ? null : kind.toUpperCase(Locale.ROOT),
                data, contentType, fileName)).build();
    }

    private static HazardService.Filter filter(String state, String quarter, Boolean overdue, Boolean qualified,
                                               Boolean selfFound) {
        return HazardService.Filter.of(RequestFields.choice("state", HazardState.class, state), quarter, overdue, qualified,
                selfFound);
    }
}
