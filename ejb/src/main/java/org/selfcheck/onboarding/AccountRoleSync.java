package org.selfcheck.onboarding;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.selfcheck.organisation.AccountRoles;
import org.selfcheck.organisation.OrganisationService;
import org.selfcheck.security.KeycloakAccounts;
import org.selfcheck.security.Roles;
import org.selfcheck.shared.AuditedChange;
import org.selfcheck.shared.Quarter;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Gives each invited account of a company the roles the recorded organisation gives its person today: {@code principal}
 * while he is the principal, {@code group-member} while he is in the inspection group or its designated leader,
 * {@code safety-manager} as assigned at the invitation; an account left with none is disabled, and enabled again when a
 * term gives it one. Runs after every change of the organisation and every day after midnight in China
 * ({@link AccountRoleSchedule}), so that a term that ends or starts on a day changes the roles on that day. Keycloak
 * holds the roles; what was last set, and every change, is recorded (audit: {@code account}, {@code ROLES}).
 */
@Stateless
public class AccountRoleSync {

    static final String PROCESS = "system:account-roles";
    /** The roles this sync keeps; any other role of the account is left as it is. */
    static final List<String> MANAGED = List.of(Roles.PRINCIPAL, Roles.GROUP_MEMBER, Roles.SAFETY_MANAGER);

    @Inject
    PersonAccountRepository accounts;

    @Inject
    OrganisationService organisation;

    @Inject
    KeycloakAccounts keycloak;

    @Inject
    Event<AuditedChange> changes;

    @Inject
    Clock clock;

    /** The account state of one person: the roles he should hold, and whether he may log in. */
    public record Target(Set<String> roles, boolean enabled) {
    }

    static Target target(AccountRoles roles, boolean safetyManager) {
        Set<String> wanted = new TreeSet<>();
        if (roles != null && roles.principal()) {
            wanted.add(Roles.PRINCIPAL);
        }
        if (roles != null && roles.groupMember()) {
            wanted.add(Roles.GROUP_MEMBER);
        }
        if (safetyManager) {
            wanted.add(Roles.SAFETY_MANAGER);
        }
        return new Target(wanted, !wanted.isEmpty());
    }

    /** The companies with invited accounts, for the daily run. */
    @PermitAll
    public List<PersonAccountRepository.CompanyRef> companies() {
        return accounts.companies();
    }

    /** Claims today's daily run: true on the one node that takes it. */
    @PermitAll
    public boolean claimToday() {
        return accounts.claimDay("account-roles", Quarter.today(clock), clock.instant());
    }

    /** Brings the company's invited accounts in line with its organisation today; answers how many changed. */
    @PermitAll
    public int sync(long companyId, String creditCode) {
        Map<Long, AccountRoles> byPerson = rolesToday(companyId);
        int changed = 0;
        for (PersonAccountRepository.PersonAccount a : accounts.ofCompany(companyId)) {
            if (apply(a, byPerson.get(a.personId()), creditCode)) {
                changed++;
            }
        }
        return changed;
    }

    /** Brings one person's account in line with the organisation today (a new invitation); answers what it holds now. */
    @PermitAll
    public Target syncPerson(long companyId, String creditCode, long personId) {
        PersonAccountRepository.PersonAccount account = accounts.ofCompany(companyId).stream()
                .filter(a -> a.personId() == personId).findFirst().orElseThrow();
        AccountRoles today = rolesToday(companyId).get(personId);
        apply(account, today, creditCode);
        return target(today, account.safetyManager());
    }

    private Map<Long, AccountRoles> rolesToday(long companyId) {
        LocalDate today = Quarter.today(clock);
        return organisation.accountRoles(companyId, today).stream()
                .collect(Collectors.toMap(AccountRoles::personId, Function.identity()));
    }

    /** Sets the account's roles and state in Keycloak, records and audits a change; answers whether anything changed. */
    private boolean apply(PersonAccountRepository.PersonAccount a, AccountRoles today, String creditCode) {
        Target target = target(today, a.safetyManager());
        List<String> held = keycloak.realmRoles(a.accountId());
        List<String> add = new ArrayList<>(target.roles());
        add.removeAll(held);
        List<String> remove = new ArrayList<>(MANAGED);
        remove.retainAll(held);
        remove.removeAll(target.roles());
        if (!add.isEmpty()) {
            keycloak.addRoles(a.accountId(), add);
        }
        if (!remove.isEmpty()) {
            keycloak.removeRoles(a.accountId(), remove);
        }
        if (target.enabled() != a.enabled()) {
            keycloak.setEnabled(a.accountId(), target.enabled());
        }
        String roles = String.join(",", target.roles());
        if (add.isEmpty() && remove.isEmpty() && target.enabled() == a.enabled() && roles.equals(a.roles())) {
            return false;
        }
        accounts.synced(a.personId(), roles, target.enabled(), clock.instant());
        changes.fire(AuditedChange.of(creditCode, "account", a.personId(), "ROLES",
                Map.of("roles", a.roles(), "enabled", a.enabled()), Map.of("roles", roles, "enabled", target.enabled()))
                .by(PROCESS));
        return true;
    }
}
