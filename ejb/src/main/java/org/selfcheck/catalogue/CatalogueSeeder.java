package org.selfcheck.catalogue;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.logging.Logger;

/**
 * Loads the standards listed in {@code catalogue/index.txt} at start-up, each as revision 1 if the database
 * does not hold it yet: a new standard is added by adding a data file, not code. Safe with two nodes
 * starting at once: the revision is claimed with an insert that skips an existing (standard, revision) key.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class CatalogueSeeder {

    static final String INDEX = "catalogue/index.txt";
    private static final Logger LOG = Logger.getLogger(CatalogueSeeder.class.getName());

    @PersistenceContext(unitName = "selfcheck")
    EntityManager em;

    @Inject
    Clock clock;

    @PostConstruct
    void seed() {
        for (String resource : StandardFileParser.index(StandardFileParser.read(INDEX))) {
            StandardFile file = StandardFileParser.load("catalogue/" + resource);
            @SuppressWarnings("unchecked")
            var claimed = (java.util.List<Number>) em.createNativeQuery("""
                            INSERT INTO catalogue_revision (standard_code, revision, title, issuer, effective, scope, source,
                                                            note, created_at, created_by)
                            VALUES (?1, 1, ?2, ?3, ?4, ?5, 'SEED', ?6, ?7, 'system')
                            ON CONFLICT (standard_code, revision) DO NOTHING RETURNING id""")
                    .setParameter(1, file.code()).setParameter(2, file.title()).setParameter(3, file.issuer())
                    .setParameter(4, file.effective()).setParameter(5, file.scope().toString())
                    .setParameter(6, resource).setParameter(7, java.sql.Timestamp.from(clock.instant()))
                    .getResultList();
            if (claimed.isEmpty()) {
                continue;
            }
            long revisionId = claimed.get(0).longValue();
            for (ItemLine line : file.items()) {
                em.persist(new CatalogueItem(revisionId, line));
            }
            LOG.info(() -> "catalogue: loaded " + file.code() + " with " + file.items().size() + " items");
        }
    }
}
