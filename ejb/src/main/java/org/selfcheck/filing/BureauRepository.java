package org.selfcheck.filing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** The bureau directory as stored, for whoever keeps it or routes by it (in the caller's transaction, without a role check). */
@ApplicationScoped
public class BureauRepository {

    @PersistenceContext(unitName = "selfcheck")
    EntityManager em;

    /** Every bureau, active or not, by jurisdiction: {@link BureauRouting} takes only the active ones. */
    public List<BureauEntry> all() {
        return em.createQuery("SELECT b FROM Bureau b ORDER BY b.jurisdiction", Bureau.class).getResultList().stream()
                .map(Bureau::toEntry).toList();
    }

    /**
     * The bureaus whose jurisdiction holds this region ({@link BureauRouting#jurisdictionsOver}): what routing
     * chooses among, one lookup on the unique jurisdiction per filing instead of the whole directory.
     */
    public List<BureauEntry> over(String regionCode) {
        List<String> jurisdictions = BureauRouting.jurisdictionsOver(regionCode);
        if (jurisdictions.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT b FROM Bureau b WHERE b.jurisdiction IN :jurisdictions", Bureau.class)
                .setParameter("jurisdictions", jurisdictions).getResultList().stream().map(Bureau::toEntry).toList();
    }

    public Optional<Bureau> find(long id) {
        return Optional.ofNullable(em.find(Bureau.class, id));
    }

    /** Stores a new bureau and writes it at once: a jurisdiction already taken fails here, on its unique key. */
    public void add(Bureau bureau) {
        em.persist(bureau);
        em.flush();
    }

    /**
     * Writes the changes of the bureaus read in this transaction at once, so that a concurrent change
     * ({@code OptimisticLockException}) or a jurisdiction already taken fails here.
     */
    public void flush() {
        em.flush();
    }
}
