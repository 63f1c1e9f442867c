package dev.memoize;

import java.io.Serial;

/**
 * Thrown by a {@link Memoizer} delete that could not be written to the cache. The delete did not happen as far as
 * the caller may rely on: results memoized before it may still be served. Repeat the delete once the cache has
 * recovered, or call {@link Memoizer#deleteMemoizedVerhash(String)}.
 *
 * <p>A delete never logs a failure and returns as if it had deleted (DESIGN: "a delete never pretends to have
 * deleted"); a failing cache read or write on the memoized call path, by contrast, never fails the business call.
 */
public final class DeleteFailedException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The name of the function whose results were to be deleted. */
    private final String function;

    /**
     * @param function the name of the function whose results were to be deleted
     * @param message what was attempted and what to do
     * @param cause the cache's failure
     */
    public DeleteFailedException(String function, String message, Throwable cause) {
        super(message, cause);
        this.function = function;
    }

    /** {@return the name of the function whose delete failed} */
    public String function() {
        return function;
    }
}
