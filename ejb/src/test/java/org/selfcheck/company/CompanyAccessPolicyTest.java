package org.selfcheck.company;

import org.junit.jupiter.api.Test;
import org.selfcheck.security.Caller;
import org.selfcheck.security.Roles;
import org.selfcheck.shared.AccessDeniedException;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CompanyAccessPolicyTest {

    static final String C1 = "91330106MA27Y1A30W";
    static final String C2 = "91330206MA2H5K8N1P";

    static Caller user(String role, String company, String region) {
        return new Caller("u", Set.of(role), company, region);
    }

    @Test
    void aManagerReadsAndChangesOnlyHisOwnCompany() {
        Caller manager2 = user(Roles.SAFETY_MANAGER, C2, null);
        assertThatCode(() -> CompanyAccessPolicy.checkRead(manager2, C2, "330206")).doesNotThrowAnyException();
        assertThatCode(() -> CompanyAccessPolicy.checkChange(manager2, C2)).doesNotThrowAnyException();
        assertThatThrownBy(() -> CompanyAccessPolicy.checkRead(manager2, C1, "330106"))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("access.otherCompany");
        assertThatThrownBy(() -> CompanyAccessPolicy.checkChange(manager2, C1))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("access.otherCompany");
    }

    @Test
    void aPrincipalReadsButDoesNotChangeTheProfile() {
        Caller principal = user(Roles.PRINCIPAL, C1, null);
        assertThatCode(() -> CompanyAccessPolicy.checkRead(principal, C1, "330106")).doesNotThrowAnyException();
        assertThatThrownBy(() -> CompanyAccessPolicy.checkChange(principal, C1)).hasMessageContaining("access.role");
    }

    @Test
    void anEnterpriseUserWithoutCompanyClaimIsRefused() {
        assertThatThrownBy(() -> CompanyAccessPolicy.ownCompany(user(Roles.SAFETY_MANAGER, null, null)))
                .hasMessageContaining("access.noCompany");
    }

    @Test
    void aBureauReadsCompaniesInItsJurisdictionOnlyAndChangesNone() {
        Caller county = user(Roles.BUREAU_OFFICER, null, "330106");
        Caller province = user(Roles.BUREAU_OFFICER, null, "33");
        assertThatCode(() -> CompanyAccessPolicy.checkRead(county, C1, "330106")).doesNotThrowAnyException();
        assertThatThrownBy(() -> CompanyAccessPolicy.checkRead(county, C2, "330206"))
                .hasMessageContaining("access.outsideJurisdiction");
        assertThatCode(() -> CompanyAccessPolicy.checkRead(province, C2, "330206")).doesNotThrowAnyException();
        assertThatThrownBy(() -> CompanyAccessPolicy.checkChange(province, C2)).hasMessageContaining("access.role");
    }

    @Test
    void theJurisdictionIsTheOfficersRegionPrefixAnAdminsIsEverywhere() {
        assertThat(CompanyAccessPolicy.jurisdiction(user(Roles.BUREAU_OFFICER, null, "6404")))
                .isEqualTo("6404");
        assertThat(CompanyAccessPolicy.jurisdiction(user(Roles.ADMIN, null, null))).isEmpty();
        assertThatThrownBy(() -> CompanyAccessPolicy.jurisdiction(user(Roles.BUREAU_OFFICER, null, "640")))
                .hasMessageContaining("access.noJurisdiction");
        assertThatThrownBy(() -> CompanyAccessPolicy.jurisdiction(user(Roles.SAFETY_MANAGER, C1, null)))
                .hasMessageContaining("access.role");
    }

    @Test
    void aBureauWithoutJurisdictionClaimSeesNothing() {
        assertThatThrownBy(() -> CompanyAccessPolicy.checkRead(user(Roles.BUREAU_OFFICER, null, null), C1, "330106"))
                .hasMessageContaining("access.noJurisdiction");
    }

    @Test
    void anAdminReadsEverythingAndChangesNoProfile() {
        Caller admin = user(Roles.ADMIN, null, null);
        assertThatCode(() -> CompanyAccessPolicy.checkRead(admin, C2, "330206")).doesNotThrowAnyException();
        assertThatThrownBy(() -> CompanyAccessPolicy.checkChange(admin, C2)).hasMessageContaining("access.role");
    }
}
