package org.selfcheck.routes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * The routes know nothing of the application (STYLE.md: ejb depends on camel-routes, never the reverse): outside
 * {@code routes.port} they use only the ports, Camel, the JDK and the libraries this module declares (Jackson, Nimbus
 * JOSE for receipts, SLF4J for logging).
 */
class RoutesArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("org.selfcheck.routes");

    @Test
    void routesDependOnlyOnThePortsCamelAndTheirLibraries() {
        classes().that().resideInAPackage("org.selfcheck.routes..").and().resideOutsideOfPackage("org.selfcheck.routes.port..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.selfcheck.routes..", "org.apache.camel..",
                        "java..", "javax..", "com.fasterxml.jackson..", "com.nimbusds..", "org.slf4j..",
                        "org.bouncycastle.jce.provider.." /* the receipts' JCA provider */, "" /* primitive types */)
                .check(CLASSES);
    }
}
