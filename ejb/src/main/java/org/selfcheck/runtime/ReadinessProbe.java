package org.selfcheck.runtime;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Whether this node can serve: the database answers and the Camel routes run (read by {@link ReadinessChecks}). */
@Stateless
@jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
public class ReadinessProbe {

    @PersistenceContext(unitName = "selfcheck")
    EntityManager em;

    @EJB
    CamelBootstrap camel;

    public boolean databaseAnswers() {
        try {
            return ((Number) em.createNativeQuery("SELECT 1").getSingleResult()).intValue() == 1;
        } catch (jakarta.persistence.PersistenceException e) {
            return false;
        }
    }

    public boolean camelStarted() {
        return camel.isStarted();
    }
}
