package org.selfcheck.shared;

import jakarta.ejb.ApplicationException;

/** Someone changed the record at the same time; nothing was stored, reload and try again. */
@ApplicationException(rollback = true)
public class ConflictException extends SelfCheckException {

    public ConflictException(String messageKey, Object... arguments) {
        super(messageKey, null, arguments);
    }
}
