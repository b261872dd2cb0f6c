package org.selfcheck.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** JPA access to catalogue revisions and their items; joins the caller's transaction. */
@ApplicationScoped
public class CatalogueRepository {

    @PersistenceContext(unitName = "selfcheck")
    EntityManager em;

    /** The newest revision of every standard. */
    public List<CatalogueRevision> current() {
        return em.createQuery("""
                        SELECT r FROM CatalogueRevision r WHERE r.revision =
                            (SELECT max(r2.revision) FROM CatalogueRevision r2 WHERE r2.standardCode = r.standardCode)
                        ORDER BY r.standardCode""", CatalogueRevision.class).getResultList();
    }

    public List<CatalogueRevision> revisions(String standardCode) {
        return em.createQuery("SELECT r FROM CatalogueRevision r WHERE r.standardCode = :code ORDER BY r.revision DESC",
                CatalogueRevision.class).setParameter("code", standardCode).getResultList();
    }

    public Optional<CatalogueRevision> revision(long id) {
        return Optional.ofNullable(em.find(CatalogueRevision.class, id));
    }

    public List<CatalogueItem> items(long revisionId) {
        return em.createQuery("SELECT i FROM CatalogueItem i WHERE i.revisionId = :revision ORDER BY i.ordinal",
                CatalogueItem.class).setParameter("revision", revisionId).getResultList();
    }

    public List<CatalogueItem> items(java.util.Collection<Long> ids) {
        return em.createQuery("SELECT i FROM CatalogueItem i WHERE i.id IN :ids ORDER BY i.ordinal", CatalogueItem.class)
                .setParameter("ids", ids).getResultList();
    }

    public Optional<CatalogueItem> item(long id) {
        return Optional.ofNullable(em.find(CatalogueItem.class, id));
    }

    public int nextRevision(String standardCode) {
        Integer max = em.createQuery("SELECT max(r.revision) FROM CatalogueRevision r WHERE r.standardCode = :code", Integer.class)
                .setParameter("code", standardCode).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    /** Stores a standard file as a new revision with all its items; a revision number already taken fails on its unique key. */
    public CatalogueRevision store(StandardFile file, int revision, CatalogueRevision.Source source, String note,
                                   String actor, Instant now) {
        CatalogueRevision r = new CatalogueRevision(file, revision, source, note, actor, now);
        em.persist(r);
        em.flush();
        for (ItemLine line : file.items()) {
            em.persist(new CatalogueItem(r.id(), line));
        }
        em.flush();
        return r;
    }

    /** The revision with its item counts. */
    public RevisionSummary summary(CatalogueRevision r) {
        Object[] counts = (Object[]) em.createQuery("""
                        SELECT count(i), sum(CASE WHEN i.status = :missing THEN 1 ELSE 0 END),
                               sum(CASE WHEN i.status = :unsure THEN 1 ELSE 0 END)
                        FROM CatalogueItem i WHERE i.revisionId = :revision""")
                .setParameter("revision", r.id()).setParameter("missing", ItemStatus.MISSING)
                .setParameter("unsure", ItemStatus.UNSURE).getSingleResult();
        return r.toSummary(number(counts[0]), number(counts[1]), number(counts[2]));
    }

    private static long number(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
