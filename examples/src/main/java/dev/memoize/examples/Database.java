package dev.memoize.examples;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.hibernate.SessionFactory;

import java.util.function.Function;

/** Hibernate on an in-memory H2 database; counts the SQL statements it runs. */
@ApplicationScoped
public class Database {

    private final EntityManagerFactory factory = Persistence.createEntityManagerFactory("memoize-demo");

    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            em.close();
        }
    }

    /** SQL statements run so far. */
    public long statements() {
        return factory.unwrap(SessionFactory.class).getStatistics().getPrepareStatementCount();
    }

    @PreDestroy
    void close() {
        factory.close();
    }
}
