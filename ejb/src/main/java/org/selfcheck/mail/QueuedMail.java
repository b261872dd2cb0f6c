package org.selfcheck.mail;

/**
 * A claimed entry of the outbox.
 *
 * @param kind      {@code MAIL}, a mail of the portal's; {@code ACCOUNT_ACTIONS}, Keycloak's own mail to an account
 * @param accountId the Keycloak account of an {@code ACCOUNT_ACTIONS} entry
 * @param attempts  attempts before this one
 */
public record QueuedMail(long id, String kind, String recipient, String subject, String body, String accountId,
                         int attempts) {

    public static final String MAIL = "MAIL";
    public static final String ACCOUNT_ACTIONS = "ACCOUNT_ACTIONS";
}
