package org.selfcheck.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * Every setting of the portal, read once through MicroProfile Config: the one place that knows their names and
 * defaults. WildFly's config sources are system properties, then environment variables, so each key can be set
 * either as {@code -Dselfcheck.filing.max-attempts=..} or as the variable the README documents,
 * {@code SELFCHECK_FILING_MAX_ATTEMPTS} (MicroProfile Config maps a key to its upper-case variable with every
 * character that is not a letter or digit as {@code _}). Nothing else in the deployment reads the environment.
 *
 * <p>The OIDC subsystem reads {@code SELFCHECK_OIDC_PROVIDER_URL} and {@code SELFCHECK_OIDC_CLIENT_ID} itself
 * (configure.cli); the defaults here are the same, so the portal and the subsystem always name one realm and one
 * client.
 */
@ApplicationScoped
public class Settings {

    public static final String DEFAULT_REALM = "http://localhost:8180/realms/selfcheck";
    public static final String DEFAULT_PORTAL_CLIENT = "selfcheck-portal";
    public static final String DEFAULT_FILING_CLIENT = "selfcheck-filing";
    public static final String DEFAULT_ONBOARDING_CLIENT = "selfcheck-onboarding";
    public static final String DEFAULT_PUBLIC_URL = "http://localhost:8080";
    public static final String DEFAULT_MAX_ATTEMPTS = "16";
    public static final String DEFAULT_BACKOFF_INITIAL_MS = "2000";
    public static final String DEFAULT_BACKOFF_MAX_MS = "300000";
    public static final String DEFAULT_POLL_MS = "500";
    public static final String DEFAULT_BATCH = "50";
    public static final String DEFAULT_PARALLELISM = "8";
    public static final String DEFAULT_LEASE_SECONDS = "60";
    public static final String DEFAULT_RECEIPT_CLOCK_TOLERANCE_SECONDS = "300";
    /** 16号令 Art. 14: reports are due by the 15th of the following quarter's first month. */
    public static final String DEFAULT_REPORT_DUE_DAY = "15";
    /** WenQuanYi Micro Hei of Debian's fonts-wqy-microhei (see ReportPdf). */
    public static final String DEFAULT_PDF_FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0";
    public static final String DEFAULT_SIGNING_ALIAS = "selfcheck-report";
    public static final String DEFAULT_INTAKE_ALIAS = "selfcheck-intake";

    @Inject
    @ConfigProperty(name = "selfcheck.oidc.provider-url", defaultValue = DEFAULT_REALM)
    String realm;

    @Inject
    @ConfigProperty(name = "selfcheck.oidc.client-id", defaultValue = DEFAULT_PORTAL_CLIENT)
    String portalClientId;

    @Inject
    @ConfigProperty(name = "selfcheck.oidc.secret")
    Optional<String> portalSecret;

    @Inject
    @ConfigProperty(name = "selfcheck.filing.client-id", defaultValue = DEFAULT_FILING_CLIENT)
    String filingClientId;

    @Inject
    @ConfigProperty(name = "selfcheck.filing.secret")
    Optional<String> filingSecret;

    @Inject
    @ConfigProperty(name = "selfcheck.onboarding.client-id", defaultValue = DEFAULT_ONBOARDING_CLIENT)
    String onboardingClientId;

    @Inject
    @ConfigProperty(name = "selfcheck.onboarding.secret")
    Optional<String> onboardingSecret;

    @Inject
    @ConfigProperty(name = "selfcheck.public-url", defaultValue = DEFAULT_PUBLIC_URL)
    String publicUrl;

    @Inject
    @ConfigProperty(name = "selfcheck.filing.max-attempts", defaultValue = DEFAULT_MAX_ATTEMPTS)
    int filingMaxAttempts;

    @Inject
    @ConfigProperty(name = "selfcheck.filing.backoff-initial-ms", defaultValue = DEFAULT_BACKOFF_INITIAL_MS)
    long filingBackoffInitialMillis;

    @Inject
    @ConfigProperty(name = "selfcheck.filing.backoff-max-ms", defaultValue = DEFAULT_BACKOFF_MAX_MS)
    long filingBackoffMaxMillis;

    @Inject
    @ConfigProperty(name = "selfcheck.filing.poll-ms", defaultValue = DEFAULT_POLL_MS)
    long filingPollMillis;

    @Inject
    @ConfigProperty(name = "selfcheck.filing.batch", defaultValue = DEFAULT_BATCH)
    int filingBatch;

    @Inject
    @ConfigProperty(name = "selfcheck.filing.parallelism", defaultValue = DEFAULT_PARALLELISM)
    int filingParallelism;

    /** The safety managers a bulk import invites per second on one node (SELFCHECK_IMPORT_INVITATIONS_PER_SECOND). */
    @Inject
    @ConfigProperty(name = "selfcheck.import.invitations-per-second", defaultValue = "10")
    int importInvitationsPerSecond;

    @Inject
    @ConfigProperty(name = "selfcheck.filing.lease-seconds", defaultValue = DEFAULT_LEASE_SECONDS)
    long filingLeaseSeconds;

    @Inject
    @ConfigProperty(name = "selfcheck.receipt-clock-tolerance-seconds", defaultValue = DEFAULT_RECEIPT_CLOCK_TOLERANCE_SECONDS)
    long receiptClockToleranceSeconds;

    @Inject
    @ConfigProperty(name = "selfcheck.report.due-day", defaultValue = DEFAULT_REPORT_DUE_DAY)
    int reportDueDay;

    @Inject
    @ConfigProperty(name = "selfcheck.pdf.font", defaultValue = DEFAULT_PDF_FONT)
    String pdfFont;

    @Inject
    @ConfigProperty(name = "selfcheck.signing.keystore")
    Optional<String> signingKeystore;

    @Inject
    @ConfigProperty(name = "selfcheck.signing.password")
    Optional<String> signingPassword;

    @Inject
    @ConfigProperty(name = "selfcheck.signing.alias", defaultValue = DEFAULT_SIGNING_ALIAS)
    String signingAlias;

    @Inject
    @ConfigProperty(name = "selfcheck.intake.keystore")
    Optional<String> intakeKeystore;

    @Inject
    @ConfigProperty(name = "selfcheck.intake.password")
    Optional<String> intakePassword;

    @Inject
    @ConfigProperty(name = "selfcheck.intake.alias", defaultValue = DEFAULT_INTAKE_ALIAS)
    String intakeAlias;

    /** The realm the portal trusts ({@code SELFCHECK_OIDC_PROVIDER_URL}), without a trailing slash. */
    public URI realm() {
        String url = realm.strip();
        return URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    }

    /** An endpoint of the realm's OpenID Connect protocol, e.g. {@code token} or {@code certs}. */
    public URI realmEndpoint(String name) {
        return URI.create(realm() + "/protocol/openid-connect/" + name);
    }

    /** The portal's confidential client ({@code SELFCHECK_OIDC_CLIENT_ID}): browser logins and the signing login. */
    public String portalClientId() {
        return portalClientId.strip();
    }

    /** Its secret ({@code SELFCHECK_OIDC_SECRET}); empty when not set. */
    public String portalSecret() {
        return portalSecret.orElse("");
    }

    /** The filing delivery's service account ({@code SELFCHECK_FILING_CLIENT_ID}). */
    public String filingClientId() {
        return filingClientId.strip();
    }

    /** Its secret ({@code SELFCHECK_FILING_SECRET}); empty when not set (filings then wait in the outbox). */
    public String filingSecret() {
        return filingSecret.orElse("");
    }

    /**
     * The onboarding's service account ({@code SELFCHECK_ONBOARDING_CLIENT_ID}): it creates, changes and disables the
     * portal's users through Keycloak's admin API, holding only realm-management's user roles.
     */
    public String onboardingClientId() {
        return onboardingClientId.strip();
    }

    /** Its secret ({@code SELFCHECK_ONBOARDING_SECRET}); empty when not set (approvals then fail with a clear error). */
    public String onboardingSecret() {
        return onboardingSecret.orElse("");
    }

    /** Keycloak's admin API of the realm: {@code …/admin/realms/<realm>}. */
    public URI realmAdmin() {
        String realmUrl = realm().toString();
        int at = realmUrl.lastIndexOf("/realms/");
        return URI.create(realmUrl.substring(0, at) + "/admin" + realmUrl.substring(at));
    }

    /** Where users reach the portal ({@code SELFCHECK_PUBLIC_URL}), without a trailing slash: links in mails. */
    public String publicUrl() {
        String url = publicUrl.strip();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Attempts before a filing is a dead letter (发送失败). */
    public int filingMaxAttempts() {
        return filingMaxAttempts;
    }

    public Duration filingBackoffInitial() {
        return Duration.ofMillis(filingBackoffInitialMillis);
    }

    public Duration filingBackoffMax() {
        return Duration.ofMillis(filingBackoffMaxMillis);
    }

    public long filingPollMillis() {
        return filingPollMillis;
    }

    public int filingBatch() {
        return filingBatch;
    }

    public int importInvitationsPerSecond() {
        return Math.max(1, importInvitationsPerSecond);
    }

    public int filingParallelism() {
        return filingParallelism;
    }

    /** How long a node keeps a claimed filing before another may take it over: longer than one batch takes to send. */
    public Duration filingLease() {
        return Duration.ofSeconds(filingLeaseSeconds);
    }

    /** How far a bureau's receipt may be dated ahead of the portal's clock, or before the filing, and still count. */
    public Duration receiptClockTolerance() {
        return Duration.ofSeconds(receiptClockToleranceSeconds);
    }

    /** The day of the following quarter's first month by which quarterly reports are due. */
    public int reportDueDay() {
        return reportDueDay;
    }

    /** The TrueType font of report PDFs ({@code file.ttc,index}). */
    public String pdfFont() {
        return pdfFont.strip();
    }

    /** The portal's sealing key: keystore, password and alias. */
    public KeySettings signingKey() {
        return new KeySettings(signingKeystore, signingPassword, signingAlias);
    }

    /**
     * The bundled intake's receipt key: its own keystore and password if set, else the portal's keystore under
     * another alias.
     */
    public KeySettings intakeKey() {
        return new KeySettings(intakeKeystore.or(() -> signingKeystore), intakePassword.or(() -> signingPassword), intakeAlias);
    }

    /** Where a PKCS12 key is: the keystore file and its password are absent when not configured. */
    public record KeySettings(Optional<String> keystore, Optional<String> password, String alias) {
    }
}
