package org.selfcheck.api.bureau;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.selfcheck.bureau.ScanView;
import org.selfcheck.bureau.SpotCheckService;

/** 扫码入企: {@code GET /api/scan/{creditCode}}, for officers of the company's jurisdiction; anyone else: 404. */
@Path("scan")
@Produces(MediaType.APPLICATION_JSON)
public class ScanResource {

    @EJB
    SpotCheckService inspections;

    @GET
    @Path("{creditCode}")
    public ScanView scan(@PathParam("creditCode") String creditCode) {
        return inspections.scan(creditCode);
    }
}
