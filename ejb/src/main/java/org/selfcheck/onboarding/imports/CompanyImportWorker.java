package org.selfcheck.onboarding.imports;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.selfcheck.routes.port.CompanyImports;
import org.selfcheck.security.SystemProcess;
import org.selfcheck.shared.InvalidInputException;

import java.util.List;

/**
 * The company-import routes' port: each step in a transaction of its own ({@link CompanyImportSteps}), as the system
 * process {@code system:company-import}; an invalid row's rejection is recorded after its step rolled back.
 */
@Stateless
@Local(CompanyImports.class)
@PermitAll
@SystemProcess("company-import")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CompanyImportWorker implements CompanyImports {

    @EJB
    CompanyImportSteps steps;

    @Override
    public List<Long> claimRows(int max) {
        return steps.claimRows(max);
    }

    @Override
    public void applyRow(long rowId) {
        try {
            steps.apply(rowId);
        } catch (InvalidInputException e) {
            steps.reject(rowId, e.errors());
        }
    }

    @Override
    public void rowFailed(long rowId, String error) {
        steps.rowFailed(rowId, error);
    }

    @Override
    public List<Long> claimInvitations(int max) {
        return steps.claimInvitations(max);
    }

    @Override
    public void invite(long rowId) {
        steps.invite(rowId);
    }

    @Override
    public void invitationFailed(long rowId, String error) {
        steps.invitationFailed(rowId, error);
    }
}
