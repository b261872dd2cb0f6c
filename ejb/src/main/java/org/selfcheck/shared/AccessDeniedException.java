package org.selfcheck.shared;

import jakarta.ejb.ApplicationException;

/** The caller may not read or change this record: another company's, or outside the jurisdiction. */
@ApplicationException(rollback = true)
public class AccessDeniedException extends SelfCheckException {

    public AccessDeniedException(String messageKey, Object... arguments) {
        super(messageKey, null, arguments);
    }
}
