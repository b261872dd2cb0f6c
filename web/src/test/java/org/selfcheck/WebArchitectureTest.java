package org.selfcheck;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layout of the web module, enforced (STYLE.md): pages and REST resources call the services of ejb and never touch
 * persistence (no entity leaks, no JPQL in {@code web}); their feature packages are free of cycles.
 */
class WebArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("org.selfcheck.web", "org.selfcheck.api");

    @Test
    void pagesAndResourcesNeverTouchPersistence() {
        noClasses().that().resideInAnyPackage("org.selfcheck.web..", "org.selfcheck.api..")
                .should().dependOnClassesThat().resideInAPackage("jakarta.persistence..")
                .check(CLASSES);
    }

    /** Pages and resources take the time from the injected clock (ejb's ClockProducer) and settings from ejb's Settings. */
    @Test
    void pagesAndResourcesNeitherTakeTheSystemClockNorReadTheEnvironment() {
        noClasses().should().callMethodWhere(DescribedPredicate.describe("the system clock, the environment or a system property",
                        call -> call.getTargetOwner().getPackageName().equals("java.time") && call.getName().equals("now")
                                && call.getTarget().getRawParameterTypes().stream().noneMatch(t -> t.isEquivalentTo(java.time.Clock.class))
                                || call.getTargetOwner().isEquivalentTo(java.time.Clock.class) && call.getName().startsWith("system")
                                || call.getTargetOwner().isEquivalentTo(System.class)
                                && java.util.Set.of("getenv", "getProperty", "currentTimeMillis").contains(call.getName())))
                .check(CLASSES);
    }

    /** {@code jakarta.json.Json} looks its provider up on every call: ejb's JsonP holds it (ArchitectureTest). */
    @Test
    void jsonPIsReachedThroughItsOneProvider() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("jakarta.json.Json").check(CLASSES);
        noClasses().should().callMethod(jakarta.json.spi.JsonProvider.class, "provider").check(CLASSES);
    }

    @Test
    void featurePackagesAreFreeOfCycles() {
        slices().matching("org.selfcheck.(*).(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
