package org.selfcheck.routes;

/**
 * The intake's answer is not a receipt for the filing sent: not signed by the bureau's key, for another filing or
 * digest, or malformed. The filing is not delivered; the attempt counts as failed.
 */
public class InvalidReceiptException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidReceiptException(String message) {
        super(message);
    }

    public InvalidReceiptException(String message, Throwable cause) {
        super(message, cause);
    }
}
