package org.selfcheck.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
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
        addItems(r.id(), file);
        em.flush();
        return r;
    }

    /**
     * Stores a standard file as revision 1 with all its items, unless the database holds that revision already (then
     * false): the revision is claimed with an insert that skips an existing (standard, revision) key, so that two
     * nodes seeding at once store it once.
     *
     * @param resource the data file it was read from, kept as the revision's note
     */
    public boolean seed(StandardFile file, String resource, Instant now) {
        @SuppressWarnings("unchecked")
        var claimed = (List<Number>) em.createNativeQuery("""
                        INSERT INTO catalogue_revision (standard_code, revision, title, issuer, effective, scope, source,
                                                        note, created_at, created_by)
                        VALUES (?1, 1, ?2, ?3, ?4, ?5, 'SEED', ?6, ?7, 'system')
                        ON CONFLICT (standard_code, revision) DO NOTHING RETURNING id""")
                .setParameter(1, file.code()).setParameter(2, file.title()).setParameter(3, file.issuer())
                .setParameter(4, file.effective()).setParameter(5, file.scope().toString())
                .setParameter(6, resource).setParameter(7, Timestamp.from(now))
                .getResultList();
        if (claimed.isEmpty()) {
            return false;
        }
        addItems(claimed.get(0).longValue(), file);
        return true;
    }

    private void addItems(long revisionId, StandardFile file) {
        for (ItemLine line : file.items()) {
            em.persist(new CatalogueItem(revisionId, line));
        }
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
