package org.selfcheck.onboarding;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.selfcheck.company.CompanyAccessPolicy;
import org.selfcheck.company.CompanyService;
import org.selfcheck.mail.MailOutbox;
import org.selfcheck.organisation.OrganisationService;
import org.selfcheck.organisation.PersonDetails;
import org.selfcheck.security.Caller;
import org.selfcheck.security.CallerContext;
import org.selfcheck.security.KeycloakAccounts;
import org.selfcheck.shared.ConflictException;
import org.selfcheck.shared.InvalidInputException;
import org.selfcheck.shared.InvalidInputException.FieldError;
import org.selfcheck.shared.Messages;
import org.selfcheck.shared.NotFoundException;
import org.selfcheck.shared.Settings;
import org.selfcheck.shared.Texts;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The safety manager invites a person of his company's organisation to log in: a Keycloak account bound to the
 * company and to the person (his recorded login), with the roles the organisation gives him today
 * ({@link AccountRoleSync}), and Keycloak's mail to set a password. As with an approval, the account is removed again
 * if the invitation does not commit.
 */
@Stateless
public class InvitationService {

    /** A login is at most this long (a person's recorded login). */
    static final int EMAIL_MAX = 100;

    @Inject
    OrganisationService organisation;

    @Inject
    CompanyService companies;

    @Inject
    PersonAccountRepository personAccounts;

    @Inject
    KeycloakAccounts accounts;

    @Inject
    AccountRoleSync roles;

    @Inject
    MailOutbox mails;

    @Inject
    CallerContext callerContext;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** What an invitation made: the person with his login now, and the roles his account holds. */
    public record Invitation(PersonDetails person, List<String> roles, boolean enabled) {
    }

    /**
     * @param safetyManager whether he is a safety manager of the company too (the one role no term gives)
     */
    @RolesAllowed(org.selfcheck.security.Roles.SAFETY_MANAGER)
    public Invitation invite(long personId, String email, String mobile, boolean safetyManager) {
        Caller caller = callerContext.require();
        String creditCode = CompanyAccessPolicy.ownCompany(caller);
        long companyId = companies.registeredId(creditCode).orElseThrow(() -> new NotFoundException("company.notRegistered"));
        List<FieldError> errors = new ArrayList<>();
        String address = Texts.clean(email);
        if (address == null || address.length() > EMAIL_MAX || !ApplicationForm.isEmail(address)) {
            errors.add(new FieldError("email", "application.email.format", List.of()));
        }
        String phone = Texts.clean(mobile);
        if (phone != null && !ApplicationForm.isMobile(phone)) {
            errors.add(new FieldError("mobile", "application.mobile.format", List.of()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        // one spelling of the address everywhere: Keycloak keeps addresses in lower case
        address = KeycloakAccounts.username(address);
        String username = address;
        if (accounts.findByEmail(address).isPresent()) {
            throw new ConflictException("application.accountExists", address);
        }
        // the person is of the caller's company (404 otherwise) and has no login yet (409)
        PersonDetails person = organisation.bindLogin(personId, username);
        String accountId = accounts.create(new KeycloakAccounts.NewAccount(address, person.name(), creditCode));
        transactions.registerInterposedSynchronization(new OnboardingService.RemoveAccountUnlessCommitted(accounts, accountId));
        personAccounts.add(personId, companyId, accountId, address, phone, safetyManager, caller.username(),
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        AccountRoleSync.Target target = roles.syncPerson(companyId, creditCode, personId);
        mails.queueAccountSetup(address, accountId);
        mails.queue(address, Messages.get(Locale.SIMPLIFIED_CHINESE, "mail.invitation.subject", person.name()),
                Messages.get(Locale.SIMPLIFIED_CHINESE, "mail.invitation.body", person.name(), caller.username(), username,
                        settings.publicUrl() + "/"));
        return new Invitation(person, List.copyOf(target.roles()), target.enabled());
    }
}
