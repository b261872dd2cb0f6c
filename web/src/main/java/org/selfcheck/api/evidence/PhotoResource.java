package org.selfcheck.api.evidence;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import org.selfcheck.evidence.EvidenceService;

/** Photos by id, for users who may read their company; they never change, so they may be cached privately. */
@Path("photos")
public class PhotoResource {

    @EJB
    EvidenceService evidence;

    @GET
    @Path("{id}")
    public Response photo(@PathParam("id") long id) {
        return send(evidence.photo(id, false));
    }

    @GET
    @Path("{id}/thumbnail")
    public Response thumbnail(@PathParam("id") long id) {
        return send(evidence.photo(id, true));
    }

    private static Response send(EvidenceService.Photo photo) {
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setMaxAge(86400);
        return Response.ok(photo.data(), photo.contentType()).cacheControl(cache).build();
    }
}
