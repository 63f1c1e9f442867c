package dev.memoize.cdi.internal;

import java.io.Serial;

/** A misuse of {@code @Memoize} found at deployment; its message names the method and the fix. */
public final class MemoizeDefinitionException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    MemoizeDefinitionException(String message) {
        super(message);
    }
}
