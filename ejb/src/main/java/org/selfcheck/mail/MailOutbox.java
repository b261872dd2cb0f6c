package org.selfcheck.mail;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Queues mails in the caller's transaction, so that a mail leaves if and only if what it tells of was committed; and
 * the outbox's side of sending them ({@link MailDispatcher}), each step in a transaction of its own.
 */
@Stateless
public class MailOutbox {

    /** Attempts before an entry is given up (kept with its error): about a day of retries. */
    static final int MAX_ATTEMPTS = 20;
    static final Duration FIRST_PAUSE = Duration.ofSeconds(5);
    static final Duration LONGEST_PAUSE = Duration.ofHours(2);
    /** Longer than sending a batch takes: a node that dies while sending leaves its claims to others after this. */
    static final Duration LEASE = Duration.ofMinutes(2);
    private static final int ERROR_LIMIT = 500;

    @Inject
    MailOutboxRepository repository;

    @Inject
    Clock clock;

    /** A mail of the portal's, plain text. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void queue(String recipient, String subject, String body) {
        repository.add(QueuedMail.MAIL, recipient, subject, body, null, clock.instant());
    }

    /** Keycloak's own mail to a new account: its link to set a password and verify the address. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void queueAccountSetup(String recipient, String accountId) {
        repository.add(QueuedMail.ACCOUNT_ACTIONS, recipient, null, null, accountId, clock.instant());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<QueuedMail> claim(int max) {
        return repository.claim(max, clock.instant(), LEASE);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void sent(long id) {
        repository.sent(id, clock.instant());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(QueuedMail mail, String error) {
        String text = error == null ? "" : error.length() > ERROR_LIMIT ? error.substring(0, ERROR_LIMIT) : error;
        Instant now = clock.instant();
        if (mail.attempts() + 1 >= MAX_ATTEMPTS) {
            repository.giveUp(mail.id(), text, now);
        } else {
            repository.retry(mail.id(), text, now.plus(pause(mail.attempts())));
        }
    }

    /** 5 s, 10 s, 20 s … doubling up to two hours. */
    static Duration pause(int attemptsBefore) {
        Duration pause = FIRST_PAUSE.multipliedBy(1L << Math.min(attemptsBefore, 20));
        return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
    }
}
