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
     * The bureaus whose jurisdiction holds this region: its province's, its city's and its own (jurisdictions are 2, 4
     * or 6 digits, V7), what {@link BureauRouting} chooses among; none for a code that is not six digits. One indexed
     * lookup per filing instead of the whole directory.
     */
    public List<BureauEntry> over(String regionCode) {
        if (regionCode == null || !regionCode.matches("[0-9]{6}")) {
            return List.of();
        }
        return em.createQuery("SELECT b FROM Bureau b WHERE b.jurisdiction IN :prefixes", Bureau.class)
                .setParameter("prefixes", List.of(regionCode.substring(0, 2), regionCode.substring(0, 4), regionCode))
                .getResultList().stream().map(Bureau::toEntry).toList();
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
