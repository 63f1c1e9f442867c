package dev.memoize.tck.memoizer.references;

import dev.memoize.Memoize;
import dev.memoize.tck.support.Runs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

@ApplicationScoped
public class JpaUserRepository implements UserRepository {

    @Inject
    Runs runs;

    @Override
    @Memoize(timeout = 60)
    public String find(Long id) {
        runs.tick("repository.find");
        return "user#" + id;
    }
}
