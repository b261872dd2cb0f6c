package org.selfcheck.onboarding;

import org.junit.jupiter.api.Test;
import org.selfcheck.organisation.AccountRoles;

import static org.assertj.core.api.Assertions.assertThat;

class AccountRoleSyncTest {

    @Test
    void theRolesFollowTheTermsHeldToday() {
        assertThat(AccountRoleSync.target(new AccountRoles(1, "a", true, true), false).roles())
                .containsExactly("group-member", "principal");
        assertThat(AccountRoleSync.target(new AccountRoles(1, "a", false, true), false).roles()).containsExactly("group-member");
        assertThat(AccountRoleSync.target(new AccountRoles(1, "a", true, false), true).roles())
                .containsExactly("principal", "safety-manager");
    }

    @Test
    void anAccountWithoutARoleIsDisabledUnlessItIsASafetyManager() {
        assertThat(AccountRoleSync.target(new AccountRoles(1, "a", false, false), false).enabled()).isFalse();
        assertThat(AccountRoleSync.target(null, false).enabled()).isFalse();
        assertThat(AccountRoleSync.target(null, true).enabled()).isTrue();
        assertThat(AccountRoleSync.target(new AccountRoles(1, "a", false, true), false).enabled()).isTrue();
    }
}
