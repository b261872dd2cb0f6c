package org.selfcheck.web.audit;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.selfcheck.audit.AuditEntry;
import org.selfcheck.audit.AuditLog;
import org.selfcheck.audit.AuditService;
import org.selfcheck.audit.AuditVerification;
import org.selfcheck.shared.SelfCheckException;
import org.selfcheck.web.i18n.Feedback;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** The admin's audit page: verify the hash chains, see where one breaks, and read a chain's newest entries. */
@Named
@ViewScoped
public class AuditView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 100;

    @EJB
    AuditService audit;

    @Inject
    Feedback feedback;

    /** the chain to verify or read; empty: verify all */
    private String chain;
    private AuditVerification verification;
    private List<AuditEntry> entries = List.of();

    public void verify() {
        try {
            verification = audit.verify(key());
            entries = key() == null ? List.of() : audit.entries(key(), null, null, 0, SHOWN);
        } catch (SelfCheckException e) {
            feedback.refused(e, "audit");
        }
    }

    /** A chain key as typed: a bare credit code stands for that company's chain. */
    private String key() {
        if (chain == null || chain.isBlank()) {
            return null;
        }
        String c = chain.strip();
        return c.contains(":") || c.equals(AuditLog.SYSTEM_CHAIN) ? c : AuditLog.companyChain(c.toUpperCase());
    }

    public String time(Instant instant) {
        return feedback.time(instant);
    }

    public AuditVerification getVerification() {
        return verification;
    }

    public List<AuditEntry> getEntries() {
        return entries;
    }

    public String getChain() {
        return chain;
    }

    public void setChain(String chain) {
        this.chain = chain;
    }
}
