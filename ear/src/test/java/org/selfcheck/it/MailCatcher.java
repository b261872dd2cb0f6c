package org.selfcheck.it;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;



/**
 * The mails the test command's mail catcher (GreenMail, a real SMTP server that WildFly and Keycloak send to) received
 * for one address, read over its REST API.
 */
final class MailCatcher {

    static final String API = System.getenv().getOrDefault("SELFCHECK_MAIL_API", "http://127.0.0.1:8025");

    /** One received mail, decoded. */
    record Mail(String subject, String text) {
    }

    private MailCatcher() {
    }

    static List<Mail> inbox(String address) {
        var response = Http.send(HttpRequest.newBuilder(URI.create(API + "/api/user/"
                + URLEncoder.encode(address, StandardCharsets.UTF_8) + "/messages/INBOX")).GET().build());
        List<Mail> mails = new ArrayList<>();
        if (response.statusCode() != 200) {
            return mails; // no mail for the address yet: GreenMail has no user for it
        }
        for (JsonNode m : Http.read(response.body())) {
            mails.add(decode(m.get("mimeMessage").asText()));
        }
        return mails;
    }

    /** Waits up to 30 s for a mail to the address whose subject holds {@code subjectPart}. */
    static Mail await(String address, String subjectPart) {
        return org.awaitility.Awaitility.await("a mail to " + address + " about " + subjectPart)
                .atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> inbox(address).stream().filter(m -> m.subject().contains(subjectPart)).findFirst(),
                        java.util.Optional::isPresent).orElseThrow();
    }

    /** Waits up to 30 s for a mail to the address whose text holds {@code textPart}. */
    static Mail awaitText(String address, String textPart) {
        return org.awaitility.Awaitility.await("a mail to " + address + " with " + textPart)
                .atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> inbox(address).stream().filter(m -> m.text().contains(textPart)).findFirst(),
                        java.util.Optional::isPresent).orElseThrow();
    }

    private static Mail decode(String raw) {
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
                    new ByteArrayInputStream(raw.getBytes(StandardCharsets.ISO_8859_1)));
            return new Mail(message.getSubject(), text(message));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("cannot read a mail: " + e, e);
        }
    }

    private static String text(Part part) throws MessagingException, IOException {
        Object content = part.getContent();
        if (content instanceof String s) {
            return s;
        }
        StringBuilder all = new StringBuilder();
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                all.append(text(multipart.getBodyPart(i))).append('\n');
            }
        }
        return all.toString();
    }
}
