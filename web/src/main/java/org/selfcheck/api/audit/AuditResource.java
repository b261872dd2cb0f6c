package org.selfcheck.api.audit;

import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.selfcheck.api.RequestFields;
import org.selfcheck.audit.AuditEntry;
import org.selfcheck.audit.AuditLog;
import org.selfcheck.audit.AuditService;
import org.selfcheck.audit.AuditVerification;
import org.selfcheck.shared.UnifiedSocialCreditCode;

import java.util.List;

/**
 * The audit trail (section 十四). {@code chain} is {@code company:<credit code>} or {@code system};
 * {@code company} is a shorthand for a company's chain.
 */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @EJB
    AuditService audit;

    /** Verifies one chain, or every chain (admins): names the first broken entry of each broken chain. */
    @GET
    @Path("verify")
    public AuditVerification verify(@QueryParam("chain") String chain, @QueryParam("company") String company) {
        return audit.verify(chain(chain, company));
    }

    /** The newest entries of a chain, optionally of one record. */
    @GET
    public List<AuditEntry> entries(@QueryParam("chain") String chain, @QueryParam("company") String company,
                                    @QueryParam("entityType") String entityType, @QueryParam("entityId") String entityId,
                                    @QueryParam("first") @DefaultValue("0") int first,
                                    @QueryParam("max") @DefaultValue("50") int max) {
        String key = chain(chain, company);
        return audit.entries(key == null ? AuditLog.SYSTEM_CHAIN : key, entityType, entityId,
                RequestFields.nonNegative("first", first), RequestFields.nonNegative("max", max));
    }

    private static String chain(String chain, String company) {
        if (company != null && !company.isBlank()) {
            return AuditLog.companyChain(UnifiedSocialCreditCode.of(company).value());
        }
        return chain == null || chain.isBlank() ? null : chain.strip();
    }
}
