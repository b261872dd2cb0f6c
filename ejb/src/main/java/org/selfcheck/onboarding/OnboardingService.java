package org.selfcheck.onboarding;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.selfcheck.company.CompanyAccessPolicy;
import org.selfcheck.company.CompanyService;
import org.selfcheck.filing.BureauEntry;
import org.selfcheck.filing.BureauRepository;
import org.selfcheck.filing.BureauRouting;
import org.selfcheck.mail.MailOutbox;
import org.selfcheck.region.RegionDirectory;
import org.selfcheck.security.Caller;
import org.selfcheck.security.CallerContext;
import org.selfcheck.security.KeycloakAccounts;
import org.selfcheck.security.Roles;
import org.selfcheck.shared.AuditedChange;
import org.selfcheck.shared.ConflictException;
import org.selfcheck.shared.InvalidInputException;
import org.selfcheck.shared.InvalidInputException.FieldError;
import org.selfcheck.shared.Messages;
import org.selfcheck.shared.NotFoundException;
import org.selfcheck.shared.Quarter;
import org.selfcheck.shared.Settings;
import org.selfcheck.shared.Texts;
import org.selfcheck.shared.TooManyRequestsException;
import org.selfcheck.shared.persistence.Sql;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Companies apply without an account; the bureau with jurisdiction over the production site (the routing of filings)
 * decides. An approval registers the company (or, for a claim of a registered credit code, binds the new manager to
 * it) and creates the safety manager's Keycloak account in the same step: the account is removed again if the
 * transaction does not commit, so there is never a company without its account nor an account without its company.
 * Keycloak mails its own link to set a password; the portal's mails leave through the outbox after commit.
 */
@Stateless
public class OnboardingService {

    private static final Logger LOG = Logger.getLogger(OnboardingService.class.getName());
    private static final String ENTITY = "application";
    /** Applications one e-mail address, and one network address, may submit in {@link #WINDOW}. */
    static final int PER_EMAIL = 3;
    static final int PER_ADDRESS = 30;
    static final Duration WINDOW = Duration.ofHours(24);
    static final int MAX_LIST = 200;
    static final int MAX_REASON = 1000;
    private static final Locale MAIL_LOCALE = Locale.SIMPLIFIED_CHINESE;

    @Inject
    ApplicationRepository applications;

    @Inject
    BureauRepository bureaus;

    @Inject
    RegionDirectory regions;

    @Inject
    CompanyService companies;

    @Inject
    KeycloakAccounts accounts;

    @Inject
    MailOutbox mails;

    @Inject
    CallerContext callerContext;

    @Inject
    Settings settings;

    @Inject
    Event<AuditedChange> changes;

    @Inject
    Clock clock;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /**
     * Stores an application with its licence, or nothing: every invalid field is reported at once.
     *
     * @param submittedFrom the client's network address, kept only as a hash for the rate limit
     * @return the stored application
     */
    @PermitAll
    public ApplicationDetails apply(ApplicationInput input, byte[] licence, String declaredType, String fileName,
                                    String submittedFrom) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<FieldError> errors = new ArrayList<>();
        ApplicationForm form = null;
        try {
            form = ApplicationForm.from(input, regions::isCounty, LocalDate.ofInstant(now, Quarter.ZONE));
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        Licences.CheckedLicence checked = null;
        try {
            checked = Licences.check(licence, declaredType, fileName);
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String from = Licences.sha256(String.valueOf(submittedFrom).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        applications.lockSubmitter(form.managerEmail().toLowerCase(Locale.ROOT));
        applications.lockSubmitter(from);
        Instant since = now.minus(WINDOW);
        if (applications.recentWithEmail(form.managerEmail(), since) >= PER_EMAIL
                || applications.recentFrom(from, since) >= PER_ADDRESS) {
            throw new TooManyRequestsException("application.tooMany", PER_EMAIL, WINDOW.toHours());
        }
        String creditCode = form.profile().creditCode().value();
        Optional<Long> registered = companies.registeredId(creditCode);
        CompanyApplication.Kind kind = registered.isPresent() ? CompanyApplication.Kind.CLAIM : CompanyApplication.Kind.NEW;
        Optional<BureauEntry> bureau = BureauRouting.route(form.profile().regionCode().value(), bureaus.all());
        CompanyApplication application = new CompanyApplication(form, kind, bureau.map(BureauEntry::id).orElse(null), now, from);
        try {
            applications.add(application);
        } catch (PersistenceException e) {
            if (Sql.isUniqueViolation(e)) {
                throw new ConflictException("application.pendingExists", creditCode);
            }
            throw e;
        }
        applications.addLicence(application.id(), checked, Texts.clean(fileName), licence);
        ApplicationDetails details = details(application, bureau);
        changes.fire(AuditedChange.ofSystem(ENTITY, application.id(), "APPLY", null, details)
                .by("applicant:" + form.managerEmail()));
        mails.queue(form.managerEmail(), text("mail.application.received.subject", details.name()),
                text("mail.application.received.body", form.managerName(), details.name(), creditCode, details.regionName(),
                        bureau.map(BureauEntry::name).orElse(text("mail.application.noBureau")), String.valueOf(application.id())));
        if (kind == CompanyApplication.Kind.CLAIM) {
            for (String manager : managersOf(creditCode)) {
                mails.queue(manager, text("mail.application.claim.subject", details.name()),
                        text("mail.application.claim.body", details.name(), creditCode, form.managerName(),
                                bureau.map(BureauEntry::name).orElse(text("mail.application.noBureau"))));
            }
        }
        return details;
    }

    /** The pending applications the caller decides: sites in his jurisdiction (an admin's: all), oldest first. */
    @RolesAllowed({Roles.BUREAU_OFFICER, Roles.ADMIN})
    public List<ApplicationDetails> pending() {
        String prefix = CompanyAccessPolicy.jurisdiction(callerContext.require());
        List<BureauEntry> directory = bureaus.all();
        return applications.inRegion(prefix, CompanyApplication.State.PENDING, MAX_LIST).stream()
                .map(a -> details(a, directory))
                .toList();
    }

    /** One application of the caller's jurisdiction; another's is not found (404). */
    @RolesAllowed({Roles.BUREAU_OFFICER, Roles.ADMIN})
    public ApplicationDetails get(long id) {
        return details(readable(id), bureaus.all());
    }

    /** The licence as uploaded. */
    @RolesAllowed({Roles.BUREAU_OFFICER, Roles.ADMIN})
    public LicenceFile licence(long id) {
        readable(id);
        return applications.licence(id).orElseThrow(() -> new NotFoundException("application.notFound", id));
    }

    /**
     * Approves (with an optional note) or rejects (with a reason, required) a pending application, and tells the
     * applicant by mail. An approval registers the company, or for a claim binds the account to the registered one,
     * and creates the safety manager's account; an address that already has an account is a conflict.
     */
    @RolesAllowed({Roles.BUREAU_OFFICER, Roles.ADMIN})
    public ApplicationDetails decide(long id, boolean approve, String reason) {
        Caller caller = callerContext.require();
        readable(id);
        CompanyApplication application = applications.lock(id).orElseThrow(() -> new NotFoundException("application.notFound", id));
        if (application.state() != CompanyApplication.State.PENDING) {
            throw new ConflictException("application.decided");
        }
        String why = Texts.clean(reason);
        if (why != null && why.length() > MAX_REASON) {
            throw InvalidInputException.of("reason", "text.length", MAX_REASON);
        }
        List<BureauEntry> directory = bureaus.all();
        ApplicationDetails before = details(application, directory);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (approve) {
            approve(application, caller, why, now);
        } else {
            if (why == null) {
                throw InvalidInputException.of("reason", "application.reason.required");
            }
            application.reject(caller.username(), why, now);
            mails.queue(application.managerEmail(), text("mail.application.rejected.subject", application.name()),
                    text("mail.application.rejected.body", application.managerName(), application.name(), why,
                            settings.publicUrl() + "/public/apply.xhtml"));
        }
        ApplicationDetails after = details(application, directory);
        changes.fire(AuditedChange.ofSystem(ENTITY, id, approve ? "APPROVE" : "REJECT", before, after));
        return after;
    }

    private void approve(CompanyApplication application, Caller caller, String note, Instant now) {
        String email = application.managerEmail();
        if (accounts.findByEmail(email).isPresent()) {
            throw new ConflictException("application.accountExists", email);
        }
        long companyId = application.kind() == CompanyApplication.Kind.CLAIM
                ? companies.registeredId(application.creditCode())
                        .orElseThrow(() -> new ConflictException("application.claimGone", application.creditCode()))
                : companies.registerApproved(application.profileInput());
        String accountId = accounts.create(new KeycloakAccounts.NewAccount(email, application.managerName(),
                application.creditCode()));
        // from here the account exists: if this transaction does not commit, neither may the account
        transactions.registerInterposedSynchronization(new RemoveAccountUnlessCommitted(accounts, accountId));
        accounts.addRoles(accountId, List.of(Roles.SAFETY_MANAGER));
        application.approve(companyId, accountId, caller.username(), note, now);
        applications.flush();
        mails.queueAccountSetup(email, accountId);
        mails.queue(email, text("mail.application.approved.subject", application.name()),
                text("mail.application.approved.body", application.managerName(), application.name(),
                        KeycloakAccounts.username(email), settings.publicUrl() + "/"));
    }

    private List<String> managersOf(String creditCode) {
        try {
            return accounts.emailsOf(creditCode, Roles.SAFETY_MANAGER);
        } catch (KeycloakAccounts.UnavailableException e) {
            // the claim stands and the bureau sees it; the managers are not told this time
            LOG.log(Level.WARNING, "could not look up the managers of " + creditCode + " to tell them of a claim", e);
            return List.of();
        }
    }

    private CompanyApplication readable(long id) {
        String prefix = CompanyAccessPolicy.jurisdiction(callerContext.require());
        return applications.find(id).filter(a -> a.regionCode().startsWith(prefix))
                .orElseThrow(() -> new NotFoundException("application.notFound", id));
    }

    /** The application as its readers see it, its bureau named from the directory read once per request. */
    private ApplicationDetails details(CompanyApplication a, List<BureauEntry> directory) {
        return details(a, directory.stream().filter(b -> a.bureauId() != null && b.id() == a.bureauId()).findFirst());
    }

    private ApplicationDetails details(CompanyApplication a, Optional<BureauEntry> bureau) {
        return a.toDetails(regions.fullName(a.regionCode()), bureau.map(BureauEntry::name).orElse(null));
    }

    private static String text(String key, Object... arguments) {
        return Messages.get(MAIL_LOCALE, key, arguments);
    }

    /** Removes the account again when the transaction that created it rolls back. */
    public record RemoveAccountUnlessCommitted(KeycloakAccounts accounts, String accountId) implements Synchronization {

        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if (status != Status.STATUS_COMMITTED) {
                try {
                    accounts.delete(accountId);
                    LOG.info(() -> "removed account " + accountId + ": the approval that created it did not commit");
                } catch (RuntimeException e) {
                    LOG.log(Level.SEVERE, "the approval did not commit, and account " + accountId
                            + " could not be removed: remove it in Keycloak", e);
                }
            }
        }
    }
}
