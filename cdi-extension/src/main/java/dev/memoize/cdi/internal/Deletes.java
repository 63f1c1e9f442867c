package dev.memoize.cdi.internal;

import dev.memoize.DeleteFailedException;
import dev.memoize.spi.MemoStorage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code Memoizer}'s deletes, with django-memoize's semantics and strict consistency: when a delete returns
 * normally, no caller on any member is served a result computed before it; when the cache does not take the
 * delete, it throws {@link DeleteFailedException}; a delete that cannot name the result throws
 * {@link IllegalArgumentException}. It never returns as if it had deleted.
 *
 * <p>Every result of a function: a new version record (O(1)). One result: the function's single-delete counter
 * changes, then the entry is removed (and, where members hold results in a local tier, the counter changes again,
 * which makes every member drop what it holds of the function). Inside a JTA transaction a delete is made at once
 * and repeated when the transaction ends.
 */
final class Deletes {

    private final Registry registry;
    private final Records records;
    private final MemoStorage storage;
    private final boolean distributed;
    private final Transactions transactions;
    private final CacheFailures failures;

    Deletes(Registry registry, Records records, MemoStorage storage, boolean distributed, Transactions transactions,
            CacheFailures failures) {
        this.registry = registry;
        this.records = records;
        this.storage = storage;
        this.distributed = distributed;
        this.transactions = transactions;
        this.failures = failures;
    }

    /** {@code deleteMemoized(name)}: every result, in O(1). */
    void all(String name) {
        FunctionState function = registry.require(name);
        String call = "deleteMemoized(\"" + name + "\")";
        run(function, null, call, () -> {
            write(function, call, () -> records.renewVersion(function));
            awaitLocalTiers(function, null);
        });
    }

    /** {@code deleteMemoizedVerhash(name)}: removes the version record. */
    void version(String name) {
        FunctionState function = registry.require(name);
        String call = "deleteMemoizedVerhash(\"" + name + "\")";
        run(function, null, call, () -> {
            write(function, call, () -> records.removeVersion(function));
            awaitLocalTiers(function, null);
        });
    }

    /** {@code deleteMemoized(name, args)}: the result of these arguments, in every overload they fit. */
    void one(String name, Object[] args) {
        singles(registry.plans(name), args, "deleteMemoized(\"" + name + "\", ...)");
    }

    /** {@code deleteMemoized(beanClass, methodName, args)}: without arguments, every result. */
    void byMethod(Class<?> beanClass, String methodName, Object[] args) {
        List<Plan> matching = registry.methods(beanClass, methodName);
        if (args.length == 0) {
            matching.stream().map(plan -> plan.function().name()).distinct().forEach(this::all);
        } else {
            singles(matching, args, "deleteMemoized(" + beanClass.getSimpleName() + ".class, \"" + methodName + "\", ...)");
        }
    }

    /**
     * {@code deleteMemoized(Type::method, args)}: the result of these arguments in exactly the method the reference
     * names, on every bean class it addresses; with {@code args} {@code null}, every result of their functions.
     */
    void byReference(MethodReferences.Target target, Object[] args) {
        if (args == null) {
            target.plans().stream().map(plan -> plan.function().name()).distinct().forEach(this::all);
        } else {
            singles(target.plans(), widened(target.plans().get(0), args), "deleteMemoized(" + target.display()
                    + ", ...)");
        }
    }

    /**
     * The arguments converted as the compiler converts a call's arguments to the method's primitive parameters
     * (widening, JLS 5.1.2): a reference that names {@code find(long)} next to {@code find(Long)} can only be
     * written with an {@code Integer} type argument, so {@code 7} names the result of {@code find(7L)}.
     */
    private static Object[] widened(Plan plan, Object[] args) {
        Class<?>[] parameters = plan.method().getParameterTypes();
        if (parameters.length != args.length) {
            return args;
        }
        Object[] converted = args.clone();
        for (int i = 0; i < args.length; i++) {
            converted[i] = widened(parameters[i], args[i]);
        }
        return converted;
    }

    private static Object widened(Class<?> parameter, Object arg) {
        int from = arg == null ? 0 : rank(arg.getClass());
        int to = rank(parameter);
        if (!parameter.isPrimitive() || parameter == char.class || from == 0 || from >= to
                || arg instanceof Character && to < 3) {
            return arg;
        }
        Number number = arg instanceof Character character ? Integer.valueOf(character) : (Number) arg;
        return switch (to) {
            case 2 -> number.shortValue();
            case 3 -> number.intValue();
            case 4 -> number.longValue();
            case 5 -> number.floatValue();
            default -> number.doubleValue();
        };
    }

    /** The place of a numeric type in the widening order (byte, short and char, int, long, float, double), else 0. */
    private static int rank(Class<?> type) {
        if (type == byte.class || type == Byte.class) {
            return 1;
        }
        if (type == short.class || type == Short.class || type == char.class || type == Character.class) {
            return 2;
        }
        if (type == int.class || type == Integer.class) {
            return 3;
        }
        if (type == long.class || type == Long.class) {
            return 4;
        }
        if (type == float.class || type == Float.class) {
            return 5;
        }
        return type == double.class || type == Double.class ? 6 : 0;
    }

    /** Checks every key first, so that a delete that cannot name a result deletes nothing and says why. */
    private void singles(List<Plan> candidates, Object[] args, String call) {
        Map<Object, FunctionState> keys = new LinkedHashMap<>();
        for (Registry.Fit fit : Registry.fitting(candidates, args, call)) {
            Plan plan = fit.plan();
            if (plan.targetKeyed()) {
                throw new IllegalArgumentException(call + ": the results of " + plan.display() + " are keyed by "
                        + "their target instance too (the bean can have several instances and its class overrides "
                        + "toString(), or its KeyStrategy keys targets), so no delete by arguments alone can name "
                        + "one. Fix: delete every result with deleteMemoized(\"" + plan.function().name() + "\"); or "
                        + "make the bean @ApplicationScoped, or give the method a KeyStrategy whose targetPart "
                        + "returns null, if the instance does not change the result.");
            }
            keys.put(deleteKey(plan, fit.args(), call), plan.function());
        }
        keys.forEach((key, function) -> run(function, key, call, () -> {
            write(function, call, () -> {
                records.countSingleDelete(function);
                function.cache(storage).remove(key);
                if (distributed) {
                    records.countSingleDelete(function); // after the removal: local tiers drop what they hold
                }
            });
            awaitLocalTiers(function, key);
        }));
    }

    /** The key a delete names; {@code IllegalArgumentException} if an argument has none or keying it throws. */
    private static Object deleteKey(Plan plan, Object[] args, String call) {
        try {
            return plan.deleteKey(args, (index, value) -> {
                throw new IllegalArgumentException(call + ": argument " + index + " of type "
                        + value.getClass().getName() + " has no stable key, so no result can be memoized for it. "
                        + "Fix: override toString() in " + value.getClass().getSimpleName()
                        + " to show its content (without identity hash codes), or use a KeyStrategy that knows it.");
            });
        } catch (IllegalArgumentException noKey) {
            throw noKey;
        } catch (RuntimeException | StackOverflowError failure) {
            throw new IllegalArgumentException(call + ": building the key of these arguments for " + plan.display()
                    + " threw " + failure + ", so no result can be memoized for them either. Fix the argument's "
                    + "toString() or the method's KeyStrategy.", failure);
        }
    }

    /**
     * Runs a delete now and, inside a transaction, again when the transaction ends, which wipes what another caller
     * memoized from the data the transaction was changing.
     *
     * @param key the deleted key, or {@code null} for every result of the function
     */
    private void run(FunctionState function, Object key, String call, Runnable delete) {
        delete.run();
        TransactionWork transaction = transactions.current();
        if (transaction != null) {
            transaction.deleted(function, key, call, delete);
        }
    }

    /** Makes the cache writes of a delete, or throws {@link DeleteFailedException}. */
    private void write(FunctionState function, String call, Runnable writes) {
        try {
            writes.run();
        } catch (RuntimeException failure) {
            failures.counted(function.name());
            throw new DeleteFailedException(function.name(), call + " failed: the cache did not take the delete, "
                    + "so results memoized before it may still be served. Repeat it once the cache recovers. Cause: "
                    + failure, failure);
        }
    }

    /**
     * Drops what this JVM's local tier holds of the function (or of one key), then waits one lease so that no
     * member's local tier still trusts a read made before the delete.
     */
    private static void awaitLocalTiers(FunctionState function, Object key) {
        LocalTier local = function.local();
        if (local != null) {
            if (key == null) {
                local.forgetAll();
            } else {
                local.forget(key);
            }
            local.distrust();
            local.awaitLease();
        }
    }
}
