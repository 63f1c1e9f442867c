package dev.memoize.tck.memoizer.references;

/** A business interface; its bean memoizes the implementation. */
public interface UserRepository {

    String find(Long id);
}
