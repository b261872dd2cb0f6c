package org.selfcheck.api.report;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import jakarta.ws.rs.core.UriInfo;
import org.selfcheck.api.CompanyParameter;
import org.selfcheck.api.Languages;
import org.selfcheck.api.RequestFields;
import org.selfcheck.company.CompanyService;
import org.selfcheck.report.ReportDocument;
import org.selfcheck.report.ReportService;
import org.selfcheck.report.ReportSummary;

import java.util.List;

/**
 * Quarterly reports of the caller's company (reads: {@code ?company=} for bureau officers and admins). A signed
 * report cannot be changed: re-preparing it answers 409, and a correction is a new version.
 */
@Path("reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReportResource {

    @EJB
    ReportService reports;

    @EJB
    CompanyService companies;

    @Context
    SecurityContext security;

    @Context
    HttpHeaders headers;

    @GET
    public List<ReportSummary> list(@QueryParam("company") String company) {
        return reports.list(CompanyParameter.resolve(company, security, companies));
    }

    /** The portal's public signing key (JWK set): verify a report's JWS without asking the portal. */
    @GET
    @Path("keys")
    public Response keys() {
        return Response.ok(reports.publicKeys(), MediaType.APPLICATION_JSON).build();
    }

    /** Where the report on the last ended quarter stands: SIGNED_ON_TIME, SIGNED_LATE, DUE (until its due date) or OVERDUE. */
    @GET
    @Path("due")
    public org.selfcheck.report.ReportDue due(@QueryParam("company") String company) {
        return reports.due(CompanyParameter.resolve(company, security, companies));
    }

    /** Compiles the report of a quarter (a new version after a signed one: a correction with its reason). */
    @POST
    public Response prepare(PrepareRequest r) {
        RequestFields.body(r);
        return Response.status(Response.Status.CREATED).entity(reports.prepare(r.quarter(), r.correctionNote())).build();
    }

    @GET
    @Path("{id}")
    public ReportDocument get(@PathParam("id") long id) {
        return reports.get(id);
    }

    /** Compiles an unsigned version again from the current records; a signed one is refused (409). */
    @PUT
    @Path("{id}")
    public ReportSummary refresh(@PathParam("id") long id) {
        return reports.refresh(id);
    }

    @POST
    @Path("{id}/submit")
    public ReportSummary submit(@PathParam("id") long id) {
        return reports.submit(id);
    }

    /**
     * What signing would seal now (compiled again from the records), its digest and the changes since the version was
     * prepared.
     */
    @GET
    @Path("{id}/preview")
    public ReportService.SigningPreview preview(@PathParam("id") long id) {
        return reports.preview(id);
    }

    /**
     * The principal signs with proof of a fresh login (an ID token) the content he was shown ({@code digest}: the
     * {@code contentDigest} or a preview's {@code digest}; none: as prepared). 409 {@code report.changed} when the records
     * changed since: read the preview and sign its digest.
     */
    @POST
    @Path("{id}/sign")
    public ReportSummary sign(@PathParam("id") long id, SignRequest r) {
        RequestFields.body(r);
        return reports.sign(id, r.idToken(), r.digest());
    }

    /** The signed report as a PDF, with a QR code that opens its public verification (digest, signer, validity). */
    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") long id, @QueryParam("lang") String lang, @Context UriInfo uri) {
        // the QR code opens the public verification by the digest printed next to it: no login, nothing but the seal
        String digest = reports.get(id).summary().digest();
        String verification = uri.getBaseUriBuilder().replacePath("/public/verify.xhtml").queryParam("digest", digest).build().toString();
        // a page's link names the language the user chose; otherwise Accept-Language decides
        java.util.Locale locale = lang == null || lang.isBlank() ? Languages.of(headers)
                : (lang.startsWith("en") ? java.util.Locale.ENGLISH : java.util.Locale.SIMPLIFIED_CHINESE);
        return Response.ok(reports.pdf(id, locale, verification), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"selfcheck-report-" + id + ".pdf\"").build();
    }

    /** Whether the stored report's content, digest and signature match. */
    @GET
    @Path("{id}/verify")
    public VerificationAnswer verify(@PathParam("id") long id) {
        return VerificationAnswer.of(reports.verify(id), Languages.of(headers));
    }

    /** Whether a report document (content and JWS, e.g. from a download) was signed by this portal. */
    @POST
    @Path("verify")
    public VerificationAnswer verifyDocument(VerifyRequest r) {
        RequestFields.body(r);
        return VerificationAnswer.of(reports.verifyDocument(r.content(), r.jws()), Languages.of(headers));
    }
}
