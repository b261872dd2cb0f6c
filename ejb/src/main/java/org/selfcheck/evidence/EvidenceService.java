package org.selfcheck.evidence;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.selfcheck.company.CompanyScope;
import org.selfcheck.security.Roles;
import org.selfcheck.shared.NotFoundException;

/** Serves photos to users who may read their company; to anyone else they do not exist. */
@Stateless
public class EvidenceService {

    @Inject
    EvidenceRepository files;

    @Inject
    CompanyScope companyScope;

    /** A photo's bytes, or its JPEG thumbnail. */
    @RolesAllowed({Roles.SAFETY_MANAGER, Roles.PRINCIPAL, Roles.GROUP_MEMBER, Roles.BUREAU_OFFICER, Roles.ADMIN})
    public Photo photo(long evidenceId, boolean thumbnail) {
        EvidenceFile file = files.find(evidenceId).orElseThrow(() -> new NotFoundException("photo.notFound", evidenceId));
        companyScope.readableOwnerOf(file.companyId(), () -> new NotFoundException("photo.notFound", evidenceId));
        return thumbnail ? new Photo("image/jpeg", file.thumbnail()) : new Photo(file.contentType(), file.data());
    }

    /** Bytes to serve. */
    public record Photo(String contentType, byte[] data) {
    }
}
