package org.selfcheck.api.region;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.selfcheck.region.Region;
import org.selfcheck.region.RegionDirectory;
import org.selfcheck.region.LoadedDataset;
import org.selfcheck.shared.InvalidInputException;
import org.selfcheck.shared.NotFoundException;
import org.selfcheck.shared.RegionCode;

import java.util.List;
import java.util.Set;

/**
 * The divisions of GB/T 2260 with their names, without login (the public application page picks a site before anyone
 * has an account): {@code ?parent=33} the divisions in use within one, none the provinces; {@code ?q=杭州 西湖} a search;
 * {@code /{code}} one division, abolished ones too; {@code /dataset} the data package and version loaded.
 */
@Path("regions")
@Produces(MediaType.APPLICATION_JSON)
public class RegionResource {

    private static final int SEARCH_LIMIT = 50;

    @Inject
    RegionDirectory regions;

    @GET
    public List<Region> list(@QueryParam("parent") String parent, @QueryParam("q") String query) {
        if (query != null) {
            return regions.search(query, Set.of(1, 2, 3), null, SEARCH_LIMIT);
        }
        if (parent != null && !RegionCode.isJurisdictionPrefix(parent)) {
            throw InvalidInputException.of("parent", "bureau.jurisdiction.format");
        }
        if (parent != null && regions.find(parent).isEmpty()) {
            throw new NotFoundException("region.notFound", parent);
        }
        return regions.children(parent);
    }

    @GET
    @Path("dataset")
    public LoadedDataset dataset() {
        return regions.dataset().orElseThrow(() -> new NotFoundException("region.notFound", "dataset"));
    }

    @GET
    @Path("{code}")
    public Region one(@PathParam("code") String code) {
        return regions.find(code).orElseThrow(() -> new NotFoundException("region.notFound", code));
    }
}
