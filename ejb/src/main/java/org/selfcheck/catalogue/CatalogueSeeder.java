package org.selfcheck.catalogue;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.logging.Logger;

/**
 * Loads the standards listed in {@code catalogue/index.txt} at start-up, each as revision 1 if the database
 * does not hold it yet: a new standard is added by adding a data file, not code. Safe with two nodes
 * starting at once: the revision is claimed with an insert that skips an existing (standard, revision) key
 * ({@link CatalogueRepository#seed}).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class CatalogueSeeder {

    static final String INDEX = "catalogue/index.txt";
    private static final Logger LOG = Logger.getLogger(CatalogueSeeder.class.getName());

    @Inject
    CatalogueRepository catalogue;

    @Inject
    Clock clock;

    @PostConstruct
    void seed() {
        for (String resource : StandardFileParser.index(StandardFileParser.read(INDEX))) {
            StandardFile file = StandardFileParser.load("catalogue/" + resource);
            if (catalogue.seed(file, resource, clock.instant())) {
                LOG.info(() -> "catalogue: loaded " + file.code() + " with " + file.items().size() + " items");
            }
        }
    }
}
