package dev.memoize.tck.entities;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.hibernate.SessionFactory;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** Hibernate on a private in-memory H2 database, with statistics on so tests can count SQL statements. */
@ApplicationScoped
public class Jpa {

    private EntityManagerFactory factory;

    @PostConstruct
    void open() {
        factory = Persistence.createEntityManagerFactory("memoize-tck", Map.of(
                "jakarta.persistence.jdbc.url", "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
    }

    @PreDestroy
    void close() {
        factory.close();
    }

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

    /** An entity manager the caller closes (to hold a lazy proxy or a managed entity). */
    public EntityManager entityManager() {
        return factory.createEntityManager();
    }

    /** SQL statements prepared so far. */
    public long statements() {
        return factory.unwrap(SessionFactory.class).getStatistics().getPrepareStatementCount();
    }
}
