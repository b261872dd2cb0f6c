package org.selfcheck.region;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.selfcheck.region.data.RegionDataset;

import java.time.Clock;
import java.util.logging.Logger;

/**
 * Loads the bundled region names (module region-data) at start-up unless the database holds that package version
 * already: a new release of the data package is taken by changing its version in the build, not code. Safe with
 * several nodes starting at once: the load runs under a transaction-scoped advisory lock, and the second node finds
 * the version recorded.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class RegionDatasetLoader {

    private static final Logger LOG = Logger.getLogger(RegionDatasetLoader.class.getName());

    @Inject
    RegionRepository regions;

    @Inject
    Clock clock;

    @PostConstruct
    void load() {
        RegionDataset dataset = RegionDataset.bundled();
        regions.lock();
        if (!regions.isLoaded(dataset.packageName(), dataset.version())) {
            regions.store(dataset, clock.instant());
            LOG.info(() -> "regions: loaded " + dataset.divisions().size() + " divisions of " + dataset.packageName()
                    + " " + dataset.version());
        }
    }
}
