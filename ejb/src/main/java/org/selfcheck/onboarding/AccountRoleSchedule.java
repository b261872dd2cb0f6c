package org.selfcheck.onboarding;

import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.selfcheck.organisation.OrganisationChanged;
import org.selfcheck.shared.Quarter;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * When the invited accounts' roles are brought in line with the organisation ({@link AccountRoleSync}): right after a
 * change of a company's organisation commits, and every day at 00:05 in China, when terms start and end. With several
 * nodes every node's timer fires and the one whose claim of the day succeeds runs it. A failure (Keycloak down) is
 * logged; the next change or the next day brings the accounts in line.
 */
@Singleton
public class AccountRoleSchedule {

    private static final Logger LOG = Logger.getLogger(AccountRoleSchedule.class.getName());

    @Inject
    AccountRoleSync sync;

    /** Many companies change their organisations at once: their syncs do not wait for each other. */
    @Lock(LockType.READ)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void organisationChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrganisationChanged change) {
        try {
            sync.sync(change.companyId(), change.creditCode());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the accounts of company " + change.creditCode() + " could not follow its organisation now;"
                    + " the daily run will", e);
        }
    }

    @Schedule(hour = "0", minute = "5", timezone = Quarter.ZONE_NAME, persistent = false, info = "account-roles")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void daily() {
        if (!sync.claimToday()) {
            return;
        }
        int changed = 0;
        for (PersonAccountRepository.CompanyRef company : sync.companies()) {
            try {
                changed += sync.sync(company.id(), company.creditCode());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "the accounts of company " + company.creditCode() + " could not follow its organisation", e);
            }
        }
        int total = changed;
        LOG.info(() -> "account roles brought in line with the organisation: " + total + " accounts changed");
    }
}
