package org.selfcheck.api.officers;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.selfcheck.api.RequestFields;
import org.selfcheck.onboarding.OfficerDetails;
import org.selfcheck.onboarding.OfficerService;
import org.selfcheck.shared.InvalidInputException;

import java.util.List;

/**
 * Bureau officers' accounts: an admin's anywhere, a provincial administrator's ({@code bureau-admin}) in his province.
 * {@code POST} makes one (201), {@code PUT {id}/enabled} disables one who left, or enables him again.
 */
@Path("officers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OfficerResource {

    @EJB
    OfficerService officers;

    /** A new officer: his jurisdiction a region code, {@code provinceAdmin} (an admin's choice only) for a province. */
    public record NewOfficer(String name, String email, String mobile, String jurisdiction, Boolean provinceAdmin) {
    }

    public record Enabled(Boolean enabled) {
    }

    @GET
    public List<OfficerDetails> list() {
        return officers.list();
    }

    @POST
    public Response create(NewOfficer body) {
        RequestFields.body(body);
        OfficerDetails made = officers.create(body.name(), body.email(), body.mobile(), body.jurisdiction(),
                Boolean.TRUE.equals(body.provinceAdmin()));
        return Response.status(Response.Status.CREATED).entity(made).build();
    }

    @PUT
    @Path("{id}/enabled")
    public OfficerDetails enabled(@PathParam("id") String id, Enabled body) {
        RequestFields.body(body);
        if (body.enabled() == null) {
            throw InvalidInputException.of("enabled", "officer.enabled.required");
        }
        return officers.setEnabled(id, body.enabled());
    }
}
