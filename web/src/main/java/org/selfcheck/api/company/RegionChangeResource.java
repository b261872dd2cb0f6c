package org.selfcheck.api.company;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.selfcheck.company.RegionChange;
import org.selfcheck.company.RegionChangeService;
import org.selfcheck.shared.InvalidInputException;

import java.util.List;

/**
 * The bureau's side of moving a production site to another region: the bureau competent for the site the company has
 * now (or an admin) sees the open requests and decides them. The company asks through {@code companies/mine/region-changes}.
 */
@Path("region-changes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RegionChangeResource {

    @EJB
    RegionChangeService changes;

    /** The bureau's decision: approve or not; a rejection says why. */
    public record Decision(Boolean approve, String note) {
    }

    /** The open requests of sites in the caller's jurisdiction, oldest first. */
    @GET
    public List<RegionChange> pending() {
        return changes.pending();
    }

    /** One request, for its company's users and the bureaus of the site's old and new region. */
    @GET
    @Path("{id}")
    public RegionChange get(@PathParam("id") long id) {
        return changes.get(id);
    }

    @POST
    @Path("{id}/decision")
    public RegionChange decide(@PathParam("id") long id, Decision decision) {
        if (decision == null || decision.approve() == null) {
            throw InvalidInputException.of("approve", "regionChange.decision.required");
        }
        return changes.decide(id, decision.approve(), decision.note());
    }
}
