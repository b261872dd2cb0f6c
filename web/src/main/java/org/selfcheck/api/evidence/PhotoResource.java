package org.selfcheck.api.evidence;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import org.selfcheck.evidence.EvidenceService;

/**
 * Photos by id, for users who may read their company; they never change, so they may be cached privately. They are
 * served as what the service verified them to be (JPEG or PNG by content), named as a file to show inline, never to be
 * sniffed as something else (an uploaded "photo" that is really HTML or SVG must not run as a page of the portal).
 */
@Path("photos")
public class PhotoResource {

    @EJB
    EvidenceService evidence;

    @GET
    @Path("{id}")
    public Response photo(@PathParam("id") long id) {
        return send(id, "", evidence.photo(id, false));
    }

    @GET
    @Path("{id}/thumbnail")
    public Response thumbnail(@PathParam("id") long id) {
        return send(id, "-thumbnail", evidence.photo(id, true));
    }

    private static Response send(long id, String suffix, EvidenceService.Photo photo) {
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setMaxAge(86400);
        String extension = "image/png".equals(photo.contentType()) ? ".png" : ".jpg";
        return Response.ok(photo.data(), photo.contentType()).cacheControl(cache)
                .header("Content-Disposition", "inline; filename=\"photo-" + id + suffix + extension + "\"")
                .header("X-Content-Type-Options", "nosniff")
                // opened on its own (target=_blank), the image is a document that may run nothing
                .header("Content-Security-Policy", "default-src 'none'; img-src 'self'; sandbox")
                .build();
    }
}
