package dev.memoize;

import java.io.Serializable;

/**
 * A memoized bean method, named by an unbound method reference ({@code UserDao::find}) so that the compiler checks
 * the name, the parameter types and the number of arguments of a delete: renaming the method breaks the build,
 * not the cache. Taken by the {@link Memoizer}'s {@code deleteMemoized} overloads; there is one nested interface
 * per number of parameters, {@link Of0} to {@link Of6}, each taking the bean as its first argument.
 *
 * <p>Only a reference of the form {@code Type::method} to an instance method names a memoized method. The
 * {@code Memoizer} refuses, with {@link IllegalArgumentException}, a lambda ({@code d -> d.find(1L)}), a bound
 * reference ({@code userDao::find}), a static method, a constructor, and a varargs method given its elements one
 * by one (the compiler turns that reference into a lambda; pass the array instead). The interfaces are
 * {@link Serializable} only so that the library can read which method a reference names; a delete serializes
 * nothing else and keeps no bytes.
 *
 * <p>{@code Type} is the bean class or any supertype of bean classes (an abstract DAO base, a business interface),
 * with the by-class semantics of {@link Memoizer#deleteMemoized(Class, String, Object...)}; a generic type is written
 * with its type arguments ({@code GenericDao<Long>::find}), since the compiler infers nothing from a raw one.
 * {@code UserDao::find} names {@code UserDao}'s function even where {@code find} is inherited. The reference names
 * exactly one method: on an overloaded method, the compiler cannot pick the overload by itself, so name it with
 * type arguments ({@code memoizer.<UserDao, Long>deleteMemoized(UserDao::find, 42L)}) or a cast to the
 * interface.
 */
public interface MemoizedMethod extends Serializable {

    /**
     * A memoized method without parameters: {@code R method()} on {@code T}.
     *
     * @param <T> the type the reference names the method on
     * @param <R> the method's result type
     */
    @FunctionalInterface
    interface Of0<T, R> extends MemoizedMethod {
        /**
         * Calls the method on {@code target}; the library never calls it, it only reads which method it names.
         *
         * @param target the bean
         * @return the method's result
         */
        R apply(T target);
    }

    /**
     * A memoized method with one parameter: {@code R method(A)} on {@code T}.
     *
     * @param <T> the type the reference names the method on
     * @param <A> the type of the method's first parameter, boxed
     * @param <R> the method's result type
     */
    @FunctionalInterface
    interface Of1<T, A, R> extends MemoizedMethod {
        /**
         * Calls the method on {@code target}; the library never calls it, it only reads which method it names.
         *
         * @param target the bean
         * @param a the first argument
         * @return the method's result
         */
        R apply(T target, A a);
    }

    /**
     * A memoized method with two parameters: {@code R method(A, B)} on {@code T}.
     *
     * @param <T> the type the reference names the method on
     * @param <A> the type of the method's first parameter, boxed
     * @param <B> the type of the method's second parameter, boxed
     * @param <R> the method's result type
     */
    @FunctionalInterface
    interface Of2<T, A, B, R> extends MemoizedMethod {
        /**
         * Calls the method on {@code target}; the library never calls it, it only reads which method it names.
         *
         * @param target the bean
         * @param a the first argument
         * @param b the second argument
         * @return the method's result
         */
        R apply(T target, A a, B b);
    }

    /**
     * A memoized method with three parameters: {@code R method(A, B, C)} on {@code T}.
     *
     * @param <T> the type the reference names the method on
     * @param <A> the type of the method's first parameter, boxed
     * @param <B> the type of the method's second parameter, boxed
     * @param <C> the type of the method's third parameter, boxed
     * @param <R> the method's result type
     */
    @FunctionalInterface
    interface Of3<T, A, B, C, R> extends MemoizedMethod {
        /**
         * Calls the method on {@code target}; the library never calls it, it only reads which method it names.
         *
         * @param target the bean
         * @param a the first argument
         * @param b the second argument
         * @param c the third argument
         * @return the method's result
         */
        R apply(T target, A a, B b, C c);
    }

    /**
     * A memoized method with four parameters: {@code R method(A, B, C, D)} on {@code T}.
     *
     * @param <T> the type the reference names the method on
     * @param <A> the type of the method's first parameter, boxed
     * @param <B> the type of the method's second parameter, boxed
     * @param <C> the type of the method's third parameter, boxed
     * @param <D> the type of the method's fourth parameter, boxed
     * @param <R> the method's result type
     */
    @FunctionalInterface
    interface Of4<T, A, B, C, D, R> extends MemoizedMethod {
        /**
         * Calls the method on {@code target}; the library never calls it, it only reads which method it names.
         *
         * @param target the bean
         * @param a the first argument
         * @param b the second argument
         * @param c the third argument
         * @param d the fourth argument
         * @return the method's result
         */
        R apply(T target, A a, B b, C c, D d);
    }

    /**
     * A memoized method with five parameters: {@code R method(A, B, C, D, E)} on {@code T}.
     *
     * @param <T> the type the reference names the method on
     * @param <A> the type of the method's first parameter, boxed
     * @param <B> the type of the method's second parameter, boxed
     * @param <C> the type of the method's third parameter, boxed
     * @param <D> the type of the method's fourth parameter, boxed
     * @param <E> the type of the method's fifth parameter, boxed
     * @param <R> the method's result type
     */
    @FunctionalInterface
    interface Of5<T, A, B, C, D, E, R> extends MemoizedMethod {
        /**
         * Calls the method on {@code target}; the library never calls it, it only reads which method it names.
         *
         * @param target the bean
         * @param a the first argument
         * @param b the second argument
         * @param c the third argument
         * @param d the fourth argument
         * @param e the fifth argument
         * @return the method's result
         */
        R apply(T target, A a, B b, C c, D d, E e);
    }

    /**
     * A memoized method with six parameters: {@code R method(A, B, C, D, E, F)} on {@code T}.
     *
     * @param <T> the type the reference names the method on
     * @param <A> the type of the method's first parameter, boxed
     * @param <B> the type of the method's second parameter, boxed
     * @param <C> the type of the method's third parameter, boxed
     * @param <D> the type of the method's fourth parameter, boxed
     * @param <E> the type of the method's fifth parameter, boxed
     * @param <F> the type of the method's sixth parameter, boxed
     * @param <R> the method's result type
     */
    @FunctionalInterface
    interface Of6<T, A, B, C, D, E, F, R> extends MemoizedMethod {
        /**
         * Calls the method on {@code target}; the library never calls it, it only reads which method it names.
         *
         * @param target the bean
         * @param a the first argument
         * @param b the second argument
         * @param c the third argument
         * @param d the fourth argument
         * @param e the fifth argument
         * @param f the sixth argument
         * @return the method's result
         */
        R apply(T target, A a, B b, C c, D d, E e, F f);
    }
}
