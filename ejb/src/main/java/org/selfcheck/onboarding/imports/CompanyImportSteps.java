package org.selfcheck.onboarding.imports;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.selfcheck.company.CompanyService;
import org.selfcheck.mail.MailOutbox;
import org.selfcheck.onboarding.ApplicationForm;
import org.selfcheck.onboarding.OnboardingService;
import org.selfcheck.region.RegionDirectory;
import org.selfcheck.security.KeycloakAccounts;
import org.selfcheck.security.Roles;
import org.selfcheck.shared.AuditedChange;
import org.selfcheck.shared.InvalidInputException.FieldError;
import org.selfcheck.shared.JsonP;
import org.selfcheck.shared.Messages;
import org.selfcheck.shared.Quarter;
import org.selfcheck.shared.Settings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The steps of an import's row, each in a transaction of its own ({@link CompanyImportWorker} calls them): apply the
 * row to its company, or reject it; invite its safety manager (a Keycloak account bound to the company with the role
 * {@code safety-manager}, removed again if the step does not commit, and Keycloak's mail to set a password).
 */
@Stateless
@PermitAll
public class CompanyImportSteps {

    /** Longer than a batch of rows or a second of invitations takes: a dead node's claims are due again after it. */
    static final Duration LEASE = Duration.ofMinutes(2);
    static final int ROW_ATTEMPTS = 3;
    static final int INVITATION_ATTEMPTS = 5;
    static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    static final Duration LAST_RETRY = Duration.ofMinutes(10);
    private static final Locale MAIL_LOCALE = Locale.SIMPLIFIED_CHINESE;

    @Inject
    CompanyImportRepository imports;

    @Inject
    CompanyService companies;

    @Inject
    RegionDirectory regions;

    @Inject
    KeycloakAccounts accounts;

    @Inject
    MailOutbox mails;

    @Inject
    Settings settings;

    @Inject
    Event<AuditedChange> changes;

    @Inject
    Clock clock;

    @Resource
    TransactionSynchronizationRegistry transactions;

    public List<Long> claimRows(int max) {
        return imports.claim(CompanyImportRepository.QUEUED, max, clock.instant(), LEASE);
    }

    public List<Long> claimInvitations(int max) {
        return imports.claim(CompanyImportRepository.PENDING, max, clock.instant(), LEASE);
    }

    /**
     * Applies a queued row: its company registered or updated ({@link CompanyService#importProfile}), and its manager's
     * invitation due unless this address was invited for this company before. An invalid row throws the
     * InvalidInputException with all its errors, and {@link #reject} records them in a transaction of its own.
     */
    public void apply(long rowId) {
        CompanyImportRepository.RowRecord row = imports.lock(rowId).orElse(null);
        if (row == null || !"QUEUED".equals(row.outcome())) {
            return;
        }
        CompanyImportRepository.ImportRecord header = imports.header(row.importId());
        ApplicationForm form = ImportRows.form(row.cells(), regions::countyByFullName, regions::isCounty, Quarter.today(clock));
        CompanyService.Imported done = companies.importProfile(form.profile(), header.jurisdiction(), header.uploadedBy());
        String email = form.managerEmail();
        boolean invite = !imports.invitedBefore(done.companyId(), email, rowId);
        imports.applied(rowId, done.outcome().name(), "", done.companyId(), email, invite ? "PENDING" : "NONE", now());
    }

    /** The row is invalid: rejected with every reason. */
    public void reject(long rowId, List<FieldError> errors) {
        imports.lock(rowId).filter(r -> "QUEUED".equals(r.outcome()))
                .ifPresent(r -> imports.applied(rowId, "REJECTED", json(errors), null, null, "NONE", now()));
    }

    /** An attempt to apply the row failed for another reason: tried again later, rejected after a few attempts. */
    public void rowFailed(long rowId, String error) {
        imports.lock(rowId).filter(r -> "QUEUED".equals(r.outcome())).ifPresent(r -> {
            if (r.attempts() + 1 >= ROW_ATTEMPTS) {
                imports.applied(rowId, "REJECTED", json(List.of(new FieldError("", "import.row.failed", List.of()))), null,
                        null, "NONE", now());
            } else {
                imports.retry(rowId, now().plus(backoff(r.attempts())));
            }
        });
    }

    /**
     * Invites the row's safety manager. An address with an account of this company already is not invited again
     * (EXISTING), unless its password was never set: then the mail to set one is sent again. An address with another
     * company's account, or an officer's, fails the invitation with that reason.
     */
    public void invite(long rowId) {
        CompanyImportRepository.RowRecord row = imports.lock(rowId).orElse(null);
        if (row == null || !"PENDING".equals(row.invitation())) {
            return;
        }
        CompanyImportRepository.ImportRecord header = imports.header(row.importId());
        String creditCode = imports.creditCode(row.companyId());
        String email = row.managerEmail();
        Optional<KeycloakAccounts.Account> existing = accounts.account(email);
        if (existing.isPresent()) {
            KeycloakAccounts.Account account = existing.get();
            if (!creditCode.equals(account.companyCode())) {
                imports.invited(rowId, "FAILED", "import.invitation.otherAccount", now());
            } else if (account.awaitingPassword()) {
                mails.queueAccountSetup(email, account.id());
                imports.invited(rowId, "SENT", null, now());
            } else {
                imports.invited(rowId, "EXISTING", null, now());
            }
            return;
        }
        String name = row.cells().get(ImportColumn.MANAGER_NAME);
        String companyName = row.cells().get(ImportColumn.NAME);
        String accountId = accounts.create(new KeycloakAccounts.NewAccount(email, name, creditCode));
        // from here the account exists: if this step does not commit, neither may the account
        transactions.registerInterposedSynchronization(new OnboardingService.RemoveAccountUnlessCommitted(accounts, accountId));
        accounts.addRoles(accountId, List.of(Roles.SAFETY_MANAGER));
        mails.queueAccountSetup(email, accountId);
        mails.queue(email, Messages.get(MAIL_LOCALE, "mail.import.invited.subject", companyName),
                Messages.get(MAIL_LOCALE, "mail.import.invited.body", name, companyName, KeycloakAccounts.username(email),
                        settings.publicUrl() + "/"));
        imports.invited(rowId, "SENT", null, now());
        changes.fire(AuditedChange.of(creditCode, "account", accountId, "INVITE", null,
                Map.of("email", email, "roles", Roles.SAFETY_MANAGER, "import", row.importId(), "row", row.rowNo()))
                .by(header.uploadedBy()));
    }

    /** An attempt to invite failed (Keycloak did not answer): tried again later, given up after a few attempts. */
    public void invitationFailed(long rowId, String error) {
        imports.lock(rowId).filter(r -> "PENDING".equals(r.invitation())).ifPresent(r -> {
            if (r.attempts() + 1 >= INVITATION_ATTEMPTS) {
                imports.invited(rowId, "FAILED", "import.invitation.unavailable", now());
            } else {
                imports.retry(rowId, now().plus(backoff(r.attempts())));
            }
        });
    }

    static Duration backoff(int attempts) {
        Duration d = FIRST_RETRY.multipliedBy(1L << Math.min(attempts, 10));
        return d.compareTo(LAST_RETRY) > 0 ? LAST_RETRY : d;
    }

    static String json(List<FieldError> errors) {
        JsonArrayBuilder array = JsonP.PROVIDER.createArrayBuilder();
        for (FieldError e : errors) {
            JsonArrayBuilder arguments = JsonP.PROVIDER.createArrayBuilder();
            e.arguments().forEach(a -> arguments.add(String.valueOf(a)));
            array.add(JsonP.PROVIDER.createObjectBuilder().add("field", e.field() == null ? "" : e.field())
                    .add("key", e.messageKey()).add("arguments", arguments));
        }
        return array.build().toString();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
