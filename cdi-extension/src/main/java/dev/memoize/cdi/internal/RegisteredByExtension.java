package dev.memoize.cdi.internal;

import jakarta.enterprise.util.AnnotationLiteral;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the annotated type of the interceptor that {@link MemoizeExtension} registers, so that a copy discovered
 * from a bean archive can be told apart and vetoed (containers differ on whether a type added before discovery
 * is announced as synthetic).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@interface RegisteredByExtension {

    /** The annotation as a value. */
    RegisteredByExtension LITERAL = new Literal();

    /** An instance of the annotation. */
    final class Literal extends AnnotationLiteral<RegisteredByExtension> implements RegisteredByExtension {

        private static final long serialVersionUID = 1L;
    }
}
