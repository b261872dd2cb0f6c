package org.selfcheck.onboarding;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.selfcheck.mail.MailOutbox;
import org.selfcheck.region.RegionDirectory;
import org.selfcheck.security.Caller;
import org.selfcheck.security.CallerContext;
import org.selfcheck.security.KeycloakAccounts;
import org.selfcheck.security.Roles;
import org.selfcheck.shared.AccessDeniedException;
import org.selfcheck.shared.AuditedChange;
import org.selfcheck.shared.ConflictException;
import org.selfcheck.shared.ControlCharacters;
import org.selfcheck.shared.InvalidInputException;
import org.selfcheck.shared.InvalidInputException.FieldError;
import org.selfcheck.shared.Messages;
import org.selfcheck.shared.NotFoundException;
import org.selfcheck.shared.Settings;
import org.selfcheck.shared.Texts;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Bureau officers' accounts, made by an admin anywhere, or by a provincial bureau's administrator ({@code bureau-admin},
 * whose jurisdiction is his province) within his province only: a Keycloak account with the role
 * {@code bureau-officer} and the jurisdiction chosen ({@code region_code}), and Keycloak's mail to set a password. Only
 * an admin makes a provincial administrator. An officer who leaves is disabled (and may be enabled again), never
 * deleted; every change is audited.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.BUREAU_ADMIN})
public class OfficerService {

    static final int NAME_MAX = 50;
    static final int LIST_MAX = 500;
    static final String ENTITY = "officer";
    private static final Locale MAIL_LOCALE = Locale.SIMPLIFIED_CHINESE;

    @Inject
    OfficerAccountRepository officers;

    @Inject
    KeycloakAccounts accounts;

    @Inject
    RegionDirectory regions;

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

    /** The region prefix within which the caller manages officers: an admin's is everywhere, an administrator's his province. */
    public String scope() {
        return scope(callerContext.require());
    }

    /** Whether the caller may make provincial administrators (an admin). */
    public boolean makesProvinceAdmins() {
        return callerContext.require().hasRole(Roles.ADMIN);
    }

    /** The officers made in the portal within the caller's scope. */
    public List<OfficerDetails> list() {
        return officers.within(scope(callerContext.require()), LIST_MAX).stream().map(this::details).toList();
    }

    /**
     * Makes an officer's account: every invalid field is reported at once; a jurisdiction outside the caller's scope is
     * refused, an address that has an account already is a conflict.
     */
    public OfficerDetails create(String name, String email, String mobile, String jurisdiction, boolean provinceAdmin) {
        Caller caller = callerContext.require();
        String scope = scope(caller);
        List<FieldError> errors = new ArrayList<>();
        String who = Texts.clean(name);
        if (who == null) {
            errors.add(new FieldError("name", "officer.name.required", List.of()));
        } else if (who.length() > NAME_MAX || ControlCharacters.present(who)) {
            errors.add(new FieldError("name", who.length() > NAME_MAX ? "text.length" : ControlCharacters.MESSAGE_KEY,
                    List.of(who.length() > NAME_MAX ? NAME_MAX : "name")));
        }
        String address = Texts.clean(email);
        if (!ApplicationForm.isEmail(address)) {
            errors.add(new FieldError("email", "application.email.format", List.of()));
        }
        String phone = Texts.clean(mobile);
        if (phone != null && !ApplicationForm.isMobile(phone)) {
            errors.add(new FieldError("mobile", "application.mobile.format", List.of()));
        }
        String region = Texts.clean(jurisdiction);
        if (region == null || !regions.isDivision(region)) {
            errors.add(new FieldError("jurisdiction", "officer.jurisdiction.unknown", List.of(String.valueOf(region))));
        } else if (!region.startsWith(scope)) {
            errors.add(new FieldError("jurisdiction", "officer.jurisdiction.outside", List.of(regions.fullName(region),
                    regions.fullName(scope))));
        } else if (provinceAdmin && (!caller.hasRole(Roles.ADMIN) || region.length() != 2)) {
            errors.add(new FieldError("provinceAdmin", "officer.provinceAdmin.refused", List.of()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        address = KeycloakAccounts.username(address);
        if (accounts.findByEmail(address).isPresent()) {
            throw new ConflictException("application.accountExists", address);
        }
        String accountId = accounts.create(KeycloakAccounts.NewAccount.officer(address, who, region));
        transactions.registerInterposedSynchronization(new OnboardingService.RemoveAccountUnlessCommitted(accounts, accountId));
        accounts.addRoles(accountId, provinceAdmin ? List.of(Roles.BUREAU_OFFICER, Roles.BUREAU_ADMIN) : List.of(Roles.BUREAU_OFFICER));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        OfficerAccountRepository.Officer officer = new OfficerAccountRepository.Officer(accountId, address, who, phone, region, provinceAdmin,
                true, now, caller.username());
        officers.add(officer);
        mails.queueAccountSetup(address, accountId);
        mails.queue(address, Messages.get(MAIL_LOCALE, "mail.officer.created.subject"),
                Messages.get(MAIL_LOCALE, "mail.officer.created.body", who, regions.fullName(region), address,
                        settings.publicUrl() + "/"));
        OfficerDetails details = details(officer);
        changes.fire(AuditedChange.ofSystem(ENTITY, accountId, "CREATE", null, details));
        return details;
    }

    /** Disables an officer who left (he cannot log in, his sessions end) or enables him again. */
    public OfficerDetails setEnabled(String accountId, boolean enabled) {
        Caller caller = callerContext.require();
        OfficerAccountRepository.Officer officer = officers.lock(accountId).filter(o -> o.jurisdiction().startsWith(scope(caller)))
                .orElseThrow(() -> new NotFoundException("officer.notFound"));
        if (officer.enabled() == enabled) {
            return details(officer);
        }
        if (officer.provinceAdmin() && !caller.hasRole(Roles.ADMIN)) {
            throw new AccessDeniedException("officer.provinceAdmin.refused");
        }
        accounts.setEnabled(accountId, enabled);
        officers.setEnabled(accountId, enabled, caller.username(), clock.instant().truncatedTo(ChronoUnit.MICROS));
        OfficerDetails before = details(officer);
        OfficerDetails after = details(officers.lock(accountId).orElseThrow());
        changes.fire(AuditedChange.ofSystem(ENTITY, accountId, enabled ? "ENABLE" : "DISABLE", before, after));
        return after;
    }

    private static String scope(Caller caller) {
        if (caller.hasRole(Roles.ADMIN)) {
            return "";
        }
        if (caller.regionCode() == null || caller.regionCode().length() != 2) {
            // an administrator is one of a province's bureau; any other account manages no officer
            throw new AccessDeniedException("officer.scope.province");
        }
        return caller.regionCode();
    }

    private OfficerDetails details(OfficerAccountRepository.Officer o) {
        return new OfficerDetails(o.accountId(), o.email(), o.name(), o.mobile(), o.jurisdiction(),
                regions.fullName(o.jurisdiction()), o.provinceAdmin(), o.enabled(), o.createdAt(), o.createdBy());
    }
}
