package org.selfcheck.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.selfcheck.security.KeycloakAccounts;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends what the outbox holds, every five seconds on every node: each node claims its own entries ({@code SKIP
 * LOCKED}), so several nodes never send one twice, and one node's death delays its claims by a lease at most. One
 * entry's failure is recorded on that entry and never stops the others (hence the catch of every exception per entry:
 * SMTP and Keycloak fail in many ways, and each is one failed attempt). A batch is sent side by side on the server's
 * managed executor: one by one, the outbox drained at about 10 mails a second here, half of what a bulk import's
 * invitations queue (issue 17).
 */
@Singleton
public class MailDispatcher {

    private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());
    static final int BATCH = 20;
    /** How long one tick goes on claiming full batches: less than the schedule's period. */
    static final Duration DRAIN = Duration.ofSeconds(4);

    @Resource(lookup = "java:jboss/mail/SelfCheck")
    Session session;

    @Inject
    MailOutbox outbox;

    @Resource
    ManagedExecutorService executor;

    @Inject
    KeycloakAccounts accounts;

    @Inject
    Clock clock;

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false, info = "mail-outbox")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void dispatch() {
        // a full batch means more are due (a bulk import queues two mails per invitation): claimed again at once, for
        // up to a tick's time, so that the outbox drains at the mail server's speed and not one batch per tick
        long until = System.nanoTime() + DRAIN.toNanos();
        List<QueuedMail> batch;
        do {
            batch = outbox.claim(BATCH);
            // a batch's mails are sent side by side: each is a wait on Keycloak or the mail server, not work here
            List<Future<?>> sends = batch.stream().<Future<?>>map(mail -> executor.submit(() -> dispatch(mail))).toList();
            for (Future<?> send : sends) {
                try {
                    send.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (ExecutionException e) {
                    // dispatch(mail) records every failure itself
                    LOG.log(Level.WARNING, "a mail's dispatch failed", e.getCause());
                }
            }
        } while (batch.size() == BATCH && System.nanoTime() < until);
    }

    private void dispatch(QueuedMail mail) {
        try {
            if (QueuedMail.ACCOUNT_ACTIONS.equals(mail.kind())) {
                accounts.sendSetupMail(mail.accountId());
            } else {
                send(mail);
            }
            outbox.sent(mail.id());
        } catch (Exception e) {
            LOG.log(mail.attempts() == 0 ? Level.WARNING : Level.FINE,
                    "mail " + mail.id() + " (" + mail.kind() + ") not sent, attempt " + (mail.attempts() + 1), e);
            outbox.failed(mail, e.toString());
        }
    }

    private void send(QueuedMail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(mail.recipient(), true));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setText(mail.body(), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(clock.instant()));
        // the session's address (SELFCHECK_MAIL_FROM)
        message.setFrom();
        Transport.send(message);
    }
}
