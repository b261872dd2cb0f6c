package org.selfcheck.security;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CallersTest {

    @Test
    void aUserHasOnlySelfChecksRolesAndTheClaimsOfHisToken() {
        Set<String> granted = Set.of(Roles.PRINCIPAL, "default-roles-selfcheck", "uma_authorization");
        Caller c = Callers.of("principal1", granted::contains, " 91330106MA27Y1A30W ", null);
        assertThat(c.username()).isEqualTo("principal1");
        assertThat(c.roles()).containsExactly(Roles.PRINCIPAL);
        assertThat(c.companyCode()).isEqualTo("91330106MA27Y1A30W");
        assertThat(c.regionCode()).isNull();
        assertThat(c.isSystem()).isFalse();
    }

    @Test
    void aBlankClaimIsNoCompanyNorJurisdiction() {
        Caller c = Callers.of("bureau-hz", Roles.BUREAU_OFFICER::equals, "  ", "");
        assertThat(c.companyCode()).isNull();
        assertThat(c.regionCode()).isNull();
    }

    @Test
    void aSystemCallerIsNamedAfterItsProcessAndHasNoRole() {
        Caller system = Caller.system("filing-delivery");
        assertThat(system.username()).isEqualTo("system:filing-delivery");
        assertThat(system.roles()).isEmpty();
        assertThat(system.isSystem()).isTrue();
        assertThat(new SystemProcess.SystemPrincipal("filing-delivery").getName()).isEqualTo(system.username());
    }
}
