package org.selfcheck.api.bureau;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.selfcheck.bureau.IntakeReceipt;
import org.selfcheck.bureau.IntakeService;

/**
 * The bureau's intake: {@code POST /api/intake/filings} takes a filing envelope and answers 201 with the signed
 * receipt (200 with the original receipt when the filing was received before); 400 names what is wrong with a
 * malformed or unsigned filing, and nothing is stored. Only the filing service account may post.
 * {@code GET /api/intake/keys} publishes the receipts' public key (JWK set) to anyone.
 */
@Path("intake")
public class IntakeResource {

    @EJB
    IntakeService intake;

    @POST
    @Path("filings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response receive(String body) {
        IntakeReceipt r = intake.receive(body);
        return Response.status(r.firstReceipt() ? Response.Status.CREATED : Response.Status.OK).entity(r).build();
    }

    @GET
    @Path("keys")
    @Produces({"application/jwk-set+json", MediaType.APPLICATION_JSON})
    public String keys() {
        return intake.keys();
    }
}
