package org.selfcheck.api.filing;

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
import org.selfcheck.filing.BureauEntry;
import org.selfcheck.filing.BureauService;
import org.selfcheck.filing.BureauValues;
import org.selfcheck.filing.FilingKind;
import org.selfcheck.shared.NotFoundException;

import java.util.List;

/** The bureau directory: admins keep it; anyone asks which bureau has jurisdiction over a site. */
@Path("bureaus")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BureauResource {

    @EJB
    BureauService bureaus;

    @GET
    public List<BureauEntry> directory() {
        return bureaus.directory();
    }

    /** The bureau with jurisdiction over {@code region} (a 6-digit code) for filings of {@code kind}; 404 when none. */
    @GET
    @Path("route")
    public BureauEntry route(@QueryParam("region") String region, @QueryParam("kind") String kind) {
        return bureaus.route(region, RequestFields.choice("kind", FilingKind.class, kind))
                .orElseThrow(() -> new NotFoundException("filing.noBureau", String.valueOf(region)));
    }

    @POST
    public Response add(BureauRequest r) {
        RequestFields.body(r);
        return Response.status(Response.Status.CREATED).entity(bureaus.add(values(r))).build();
    }

    @PUT
    @Path("{id}")
    public BureauEntry update(@PathParam("id") long id, BureauRequest r) {
        RequestFields.body(r);
        return bureaus.update(id, values(r), r.version());
    }

    private static BureauValues values(BureauRequest r) {
        return BureauValues.of(r.name(), r.jurisdiction(), r.intakeUrl(), r.receiptKeysUrl(), r.transport(), r.contact(), r.wants(), r.active());
    }
}
