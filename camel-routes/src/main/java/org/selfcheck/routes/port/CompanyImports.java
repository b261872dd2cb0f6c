package org.selfcheck.routes.port;

import java.util.List;

/**
 * The rows of bulk imports, as the company-import routes work them off. Implementations are transactional (one
 * transaction per row and step) and safe with several nodes: a claimed row is leased, and due again when its node died
 * before recording its outcome.
 */
public interface CompanyImports {

    /** Claims up to {@code max} queued rows; an empty list when none is due. */
    List<Long> claimRows(int max);

    /** Registers or updates the row's company, or rejects the row with its reasons; answers when done. */
    void applyRow(long rowId);

    /** The row could not be applied for another reason than its content (the database): tried again later. */
    void rowFailed(long rowId, String error);

    /** Claims up to {@code max} pending invitations; an empty list when none is due. */
    List<Long> claimInvitations(int max);

    /** Creates the row's safety manager's account and has the mails to set a password sent. */
    void invite(long rowId);

    /** The invitation could not be made (Keycloak did not answer): tried again later, or given up after a few attempts. */
    void invitationFailed(long rowId, String error);
}
