package org.selfcheck.api.bureau;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.selfcheck.api.RequestFields;
import org.selfcheck.bureau.BureauInbox;
import org.selfcheck.bureau.InboxEntry;
import org.selfcheck.filing.FilingKind;

import java.util.List;

/** The bureau's inbox of filings received from its jurisdiction: list with filters, open as filed, mark reviewed. */
@Path("inbox")
@Produces(MediaType.APPLICATION_JSON)
public class InboxResource {

    @EJB
    BureauInbox inbox;

    @GET
    public List<InboxEntry> list(@QueryParam("quarter") String quarter, @QueryParam("county") String county,
                                 @QueryParam("company") String company, @QueryParam("kind") String kind,
                                 @QueryParam("reviewed") Boolean reviewed) {
        return inbox.list(new BureauInbox.Filter(OverviewResource.quarter(quarter), county, company == null || company.isBlank() ? null : company.strip(),
                RequestFields.choice("kind", FilingKind.class, kind), reviewed));
    }

    @GET
    @Path("{filingId}")
    public BureauInbox.Opened open(@PathParam("filingId") String filingId) {
        return inbox.open(RequestFields.uuid("filingId", filingId));
    }

    @POST
    @Path("{filingId}/review")
    public InboxEntry review(@PathParam("filingId") String filingId) {
        return inbox.review(RequestFields.uuid("filingId", filingId));
    }
}
