package org.selfcheck;

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

    @Test
    void featurePackagesAreFreeOfCycles() {
        slices().matching("org.selfcheck.(*).(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
