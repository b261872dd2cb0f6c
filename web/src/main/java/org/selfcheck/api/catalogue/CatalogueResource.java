package org.selfcheck.api.catalogue;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.selfcheck.api.RequestFields;
import org.selfcheck.catalogue.CatalogueItemDetails;
import org.selfcheck.catalogue.CatalogueService;
import org.selfcheck.catalogue.RevisionSummary;
import org.selfcheck.company.SpecialField;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The catalogue of judgment standards: read by all users; corrected and imported by admins. */
@Path("catalogue")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogueResource {

    @EJB
    CatalogueService catalogue;

    /** The current revision of every standard with its item counts. */
    @GET
    public List<RevisionSummary> standards() {
        return catalogue.standards();
    }

    @GET
    @Path("standards/{code}/revisions")
    public List<RevisionSummary> revisions(@PathParam("code") String code) {
        return catalogue.revisions(code);
    }

    @GET
    @Path("revisions/{id}/items")
    public List<CatalogueItemDetails> items(@PathParam("id") long revisionId) {
        return catalogue.items(revisionId);
    }

    /** The checklist of an industry (GB/T 4754 code) with special fields, e.g. {@code ?industry=C3311&fields=DUST_EXPLOSION}. */
    @GET
    @Path("checklist")
    public List<CatalogueItemDetails> checklist(@QueryParam("industry") String industry, @QueryParam("fields") String fields) {
        Set<SpecialField> set = EnumSet.noneOf(SpecialField.class);
        if (fields != null && !fields.isBlank()) {
            Arrays.stream(fields.split(",")).forEach(f -> set.add(RequestFields.choice("fields", SpecialField.class, f)));
        }
        return catalogue.checklist(org.selfcheck.shared.IndustryCode.of(industry).value(), set);
    }

    /** Fills in or corrects an item's text: answers the new revision. */
    @PUT
    @Path("items/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response correct(@PathParam("id") long itemId, ItemCorrection correction) {
        RequestFields.body(correction);
        return Response.status(Response.Status.CREATED).entity(catalogue.correctItem(itemId, correction.text(), correction.note())).build();
    }

    /**
     * Imports a standard file (the format of the seed files in ejb/src/main/resources/catalogue), posted as
     * {@code application/octet-stream}: not {@code text/plain}, a type any cross-site form may post without asking (F1).
     */
    @POST
    @Path("import")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    public Response importFile(byte[] content) {
        return Response.status(Response.Status.CREATED)
                .entity(catalogue.importFile(content == null ? "" : new String(content, java.nio.charset.StandardCharsets.UTF_8)))
                .build();
    }
}
