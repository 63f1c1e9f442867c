package dev.memoize.cdi.internal;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.HashMap;
import java.util.Map;

/**
 * The class a memoized method returns on one bean class, with the type variables of generic superclasses and
 * interfaces resolved: {@code T find(long)} of {@code GenericDao<T>} returns {@code UserRow} on
 * {@code UserDao extends GenericDao<UserRow>}. A stored value must be an instance of it to be a hit, and a
 * programmatic call must return one to be stored. A variable that stays open resolves to its bound.
 */
final class ResultTypes {

    private ResultTypes() {
    }

    /** The raw class {@code method} returns when called on an instance of {@code beanClass}. */
    static Class<?> of(Class<?> beanClass, Method method) {
        return raw(method.getGenericReturnType(), bindings(beanClass), 0);
    }

    /**
     * The raw class of the value inside the {@code Optional} that {@code method} returns on {@code beanClass}
     * ({@code UserRow} for {@code Optional<T>} of {@code GenericDao<UserRow>}), or {@code null} if it returns no
     * {@code Optional}. The library stores an {@code Optional}'s content, so it can check it.
     */
    static Class<?> optionalContent(Class<?> beanClass, Method method) {
        Type returned = method.getGenericReturnType();
        if (!(returned instanceof ParameterizedType parameterized) || parameterized.getRawType() != java.util.Optional.class) {
            return method.getReturnType() == java.util.Optional.class ? Object.class : null;
        }
        return raw(parameterized.getActualTypeArguments()[0], bindings(beanClass), 0);
    }

    /**
     * The raw class of the value the {@code CompletionStage} or {@code CompletableFuture} that {@code method}
     * returns on {@code beanClass} completes with ({@code UserRow} for {@code CompletionStage<T>} of
     * {@code GenericDao<UserRow>}; {@code Object} if it has no type argument); the library memoizes that value.
     */
    static Class<?> stageContent(Class<?> beanClass, Method method) {
        Map<TypeVariable<?>, Type> bindings = bindings(beanClass);
        return raw(stageArgument(method, bindings), bindings, 0);
    }

    /**
     * The raw class inside an {@code Optional} that the stage {@code method} returns completes with
     * ({@code UserRow} for {@code CompletionStage<Optional<UserRow>>}), or {@code null} if it completes with no
     * {@code Optional}.
     */
    static Class<?> stageOptionalContent(Class<?> beanClass, Method method) {
        Map<TypeVariable<?>, Type> bindings = bindings(beanClass);
        Type content = resolved(stageArgument(method, bindings), bindings);
        if (content instanceof ParameterizedType parameterized && parameterized.getRawType() == java.util.Optional.class) {
            return raw(parameterized.getActualTypeArguments()[0], bindings, 0);
        }
        return content == java.util.Optional.class ? Object.class : null;
    }

    private static Type stageArgument(Method method, Map<TypeVariable<?>, Type> bindings) {
        Type returned = resolved(method.getGenericReturnType(), bindings);
        return returned instanceof ParameterizedType parameterized
                ? parameterized.getActualTypeArguments()[0] : Object.class;
    }

    /** The type a type variable is bound to on the bean class, followed through variables bound to variables. */
    private static Type resolved(Type type, Map<TypeVariable<?>, Type> bindings) {
        Type current = type;
        for (int depth = 0; depth < 32 && current instanceof TypeVariable<?> variable; depth++) {
            Type bound = bindings.get(variable);
            current = bound != null ? bound : variable.getBounds()[0];
        }
        return current instanceof WildcardType wildcard ? resolved(wildcard.getUpperBounds()[0], bindings) : current;
    }

    /**
     * The whole type {@code method} returns on {@code beanClass}, type arguments resolved, as text:
     * {@code java.util.Optional<com.acme.UserRow>}. Two bean classes may share a function only if it is the same.
     */
    static String describe(Class<?> beanClass, Method method) {
        return describe(method.getGenericReturnType(), bindings(beanClass), 0);
    }

    private static String describe(Type type, Map<TypeVariable<?>, Type> bindings, int depth) {
        if (depth > 32) {
            return "?";
        }
        if (type instanceof Class<?> plain) {
            return plain.getTypeName();
        }
        if (type instanceof ParameterizedType parameterized) {
            StringBuilder text = new StringBuilder(((Class<?>) parameterized.getRawType()).getTypeName()).append('<');
            Type[] arguments = parameterized.getActualTypeArguments();
            for (int i = 0; i < arguments.length; i++) {
                text.append(i == 0 ? "" : ",").append(describe(arguments[i], bindings, depth + 1));
            }
            return text.append('>').toString();
        }
        if (type instanceof GenericArrayType array) {
            return describe(array.getGenericComponentType(), bindings, depth + 1) + "[]";
        }
        if (type instanceof WildcardType wildcard) {
            return "? extends " + describe(wildcard.getUpperBounds()[0], bindings, depth + 1);
        }
        if (type instanceof TypeVariable<?> variable) {
            Type bound = bindings.get(variable);
            return bound != null ? describe(bound, bindings, depth + 1) : variable.getName();
        }
        return type.getTypeName();
    }

    private static Map<TypeVariable<?>, Type> bindings(Class<?> beanClass) {
        Map<TypeVariable<?>, Type> bindings = new HashMap<>();
        bind(beanClass, bindings);
        return bindings;
    }

    /** Records what each superclass and interface of {@code type} binds its type variables to. */
    private static void bind(Type type, Map<TypeVariable<?>, Type> bindings) {
        Class<?> raw;
        if (type instanceof ParameterizedType parameterized) {
            raw = (Class<?>) parameterized.getRawType();
            TypeVariable<?>[] variables = raw.getTypeParameters();
            Type[] arguments = parameterized.getActualTypeArguments();
            for (int i = 0; i < variables.length && i < arguments.length; i++) {
                bindings.putIfAbsent(variables[i], arguments[i]);
            }
        } else if (type instanceof Class<?> plain) {
            raw = plain;
        } else {
            return;
        }
        if (raw.getGenericSuperclass() != null) {
            bind(raw.getGenericSuperclass(), bindings);
        }
        for (Type implemented : raw.getGenericInterfaces()) {
            bind(implemented, bindings);
        }
    }

    private static Class<?> raw(Type type, Map<TypeVariable<?>, Type> bindings, int depth) {
        if (depth > 32) {
            return Object.class;
        }
        if (type instanceof Class<?> plain) {
            return plain;
        }
        if (type instanceof ParameterizedType parameterized) {
            return (Class<?>) parameterized.getRawType();
        }
        if (type instanceof GenericArrayType array) {
            return raw(array.getGenericComponentType(), bindings, depth + 1).arrayType();
        }
        if (type instanceof WildcardType wildcard) {
            return raw(wildcard.getUpperBounds()[0], bindings, depth + 1);
        }
        if (type instanceof TypeVariable<?> variable) {
            Type bound = bindings.get(variable);
            return raw(bound != null ? bound : variable.getBounds()[0], bindings, depth + 1);
        }
        return Object.class;
    }
}
