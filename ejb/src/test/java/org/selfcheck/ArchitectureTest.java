package org.selfcheck;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layout of the ejb module, enforced (STYLE.md): feature packages free of cycles, with no exceptions listed; SQL
 * and the {@code EntityManager} only in repositories ({@code *Repository}) and read-model query classes
 * ({@code *Queries}), again with no exceptions listed; settings read in one class; the time taken from the injected
 * clock. Side effects between features go by CDI events (see README, "Architecture and modules"), which is what keeps
 * the slices acyclic.
 */
class ArchitectureTest {

    /** The one class that may read environment variables and system properties: MicroProfile Config's reader. */
    static final String SETTINGS = "org.selfcheck.shared.Settings";

    /** What only {@code *Repository} and {@code *Queries} classes use: their SQL is all the SQL there is (STYLE.md). */
    static final String ENTITY_MANAGER = "jakarta.persistence.EntityManager";

    /** JSON-P's static facade, whose every method is a ServiceLoader lookup of the provider. */
    static final String JSON_P_LOOKUP = "jakarta.json.Json";

    /** The one class that may take the system clock: it produces the {@code Clock} everything else injects. */
    static final String CLOCK_PRODUCER = "org.selfcheck.shared.ClockProducer";

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("org.selfcheck");

    @Test
    void featurePackagesAreFreeOfCycles() {
        slices().matching("org.selfcheck.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void theEntityManagerIsUsedOnlyByRepositoriesAndQueryClasses() {
        // a field or a parameter of its type and a call of its methods are each a dependency on it
        noClasses().that().haveSimpleNameNotEndingWith("Repository").and().haveSimpleNameNotEndingWith("Queries")
                .should().dependOnClassesThat().haveFullyQualifiedName(ENTITY_MANAGER).check(CLASSES);
    }

    /** {@code jakarta.json.Json} looks its provider up on every call; {@link org.selfcheck.shared.JsonP} holds it. */
    @Test
    void jsonPIsReachedThroughItsOneProvider() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName(JSON_P_LOOKUP).check(CLASSES);
        onlyIn("org.selfcheck.shared.JsonP", calls("looks JSON-P's provider up",
                Map.of("jakarta.json.spi.JsonProvider", Set.of("provider")), false)).check(CLASSES);
    }

    @Test
    void settingsAreReadOnlyByTheSettingsClass() {
        onlyIn(SETTINGS, calls("reads an environment variable or a system property", Map.of(
                "java.lang.System", Set.of("getenv", "getProperty", "getProperties"),
                "java.lang.Integer", Set.of("getInteger"),
                "java.lang.Long", Set.of("getLong"),
                "java.lang.Boolean", Set.of("getBoolean")), false)).check(CLASSES);
    }

    @Test
    void theSystemClockIsTakenOnlyByTheClockProducer() {
        onlyIn(CLOCK_PRODUCER, calls("takes the system clock", Map.of(
                "java.time.Clock", Set.of("systemUTC", "systemDefaultZone"),
                "java.lang.System", Set.of("currentTimeMillis")), false)
                .or(calls("asks the system clock for now()", Map.of(
                        "java.time.Instant", Set.of("now"),
                        "java.time.LocalDate", Set.of("now"),
                        "java.time.LocalDateTime", Set.of("now"),
                        "java.time.LocalTime", Set.of("now"),
                        "java.time.OffsetDateTime", Set.of("now"),
                        "java.time.ZonedDateTime", Set.of("now"),
                        "java.time.Year", Set.of("now"),
                        "java.time.YearMonth", Set.of("now")), true))).check(CLASSES);
    }

    /** No class but {@code owner} makes such calls (the routes, a module of their own, are not the application's). */
    static ArchRule onlyIn(String owner, DescribedPredicate<JavaMethodCall> calls) {
        return noClasses().that().doNotHaveFullyQualifiedName(owner).and().resideOutsideOfPackage("org.selfcheck.routes..")
                .should().callMethodWhere(calls);
    }

    /**
     * Calls of the named methods by owner class; {@code unlessGivenAClock}: not their overload taking a {@code Clock}
     * (so {@code LocalDate.now(clock)} passes, {@code LocalTime.now(zone)} does not).
     */
    static DescribedPredicate<JavaMethodCall> calls(String description, Map<String, Set<String>> methods, boolean unlessGivenAClock) {
        return DescribedPredicate.describe(description, call -> methods
                .getOrDefault(call.getTargetOwner().getName(), Set.of()).contains(call.getName())
                && (!unlessGivenAClock || call.getTarget().getRawParameterTypes().stream()
                .noneMatch(t -> t.isEquivalentTo(java.time.Clock.class))));
    }
}
