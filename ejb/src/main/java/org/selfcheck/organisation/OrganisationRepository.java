package org.selfcheck.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** JPA access to a company's people, terms and explanations; joins the caller's transaction. */
@ApplicationScoped
public class OrganisationRepository {

    @PersistenceContext(unitName = "selfcheck")
    EntityManager em;

    public List<Person> people(long companyId) {
        return em.createQuery("SELECT p FROM Person p WHERE p.companyId = :company ORDER BY p.id", Person.class)
                .setParameter("company", companyId).getResultList();
    }

    public List<OrgTerm> terms(long companyId) {
        return em.createQuery("SELECT t FROM OrgTerm t WHERE t.companyId = :company ORDER BY t.period.startDate, t.id", OrgTerm.class)
                .setParameter("company", companyId).getResultList();
    }

    public List<ExplanationRecord> explanations(long companyId) {
        return em.createQuery("SELECT e FROM ExplanationRecord e WHERE e.companyId = :company ORDER BY e.period.startDate, e.id",
                ExplanationRecord.class).setParameter("company", companyId).getResultList();
    }

    /** A company's organisation as it is now: people, every term and every recorded reason. */
    public Organisation load(long companyId) {
        return of(people(companyId), terms(companyId), explanations(companyId));
    }

    /** The organisation these stored records make up. */
    static Organisation of(List<Person> people, List<OrgTerm> terms, List<ExplanationRecord> explanations) {
        return new Organisation(people.stream().map(Person::toDetails).toList(),
                terms.stream().map(OrgTerm::toTerm).toList(),
                explanations.stream().map(ExplanationRecord::toExplanation).toList());
    }

    public Optional<Person> person(long id) {
        return Optional.ofNullable(em.find(Person.class, id));
    }

    /** Stores a new record and assigns its id. */
    public <T> T add(T entity) {
        em.persist(entity);
        em.flush();
        return entity;
    }

    public void flush() {
        em.flush();
    }
}
