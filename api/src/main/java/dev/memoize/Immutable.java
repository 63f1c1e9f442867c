package dev.memoize;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that instances of the annotated class are deeply immutable: no caller can change what a memoized result
 * of this class holds, so the library hands every caller the same instance instead of a copy.
 *
 * <p>Without it, a memoized result is shared only when the library knows its class to be immutable ({@code String},
 * boxed primitives, enums, {@code java.time} values, {@code BigDecimal}, {@code BigInteger}, {@code UUID}, records
 * and {@code Optional}s whose contents are such, and the JDK's unmodifiable collections of such, as
 * {@code List.of(...)}); every other result is copied for each caller, so that one caller's changes never reach
 * another (DESIGN.md, "Values"). A record or {@code List.of(...)} is checked by what it holds, at the moment it is
 * memoized; an instance of an {@code @Immutable} class is not looked into.
 *
 * <p>Applies to the annotated class only, not to its subclasses (a subclass may add state). For classes you cannot
 * annotate, list them in {@link MemoizeConfig#immutableTypes()}. Annotating a class that is not immutable lets one
 * caller's changes reach every later caller of the same key: the library takes the annotation at its word.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Immutable {
}
