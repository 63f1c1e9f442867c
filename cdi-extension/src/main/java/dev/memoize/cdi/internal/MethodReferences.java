package dev.memoize.cdi.internal;

import dev.memoize.MemoizedMethod;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.lang.invoke.MethodHandleInfo;
import java.lang.invoke.MethodType;
import java.lang.invoke.SerializedLambda;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Reads which memoized method a {@link MemoizedMethod} reference names, and finds its plans.
 *
 * <p>An unbound method reference {@code UserDao::find} to a {@link java.io.Serializable} interface writes a
 * {@link SerializedLambda} in place of itself: this class serializes the reference into nothing, through an
 * {@link ObjectOutputStream} that replaces that form by {@code null} after keeping it, and reads the method's
 * declaring class, name and descriptor, and the receiver type written at the call site (the instantiated type's
 * first parameter: {@code UserDao} even where {@code find} is declared by a generic base). Nothing is made
 * accessible and no bytes are kept. The plans are those of every bean class the receiver type names
 * ({@link Registry#methods(Class, Method, String)}) whose calls of the method run a memoized method.
 *
 * <p>A lambda, a bound reference, a static method or a constructor is refused with
 * {@link IllegalArgumentException}. Resolutions are kept per reference class (one per call site in the source),
 * at most {@value #KEPT}, for this runtime only.
 */
final class MethodReferences {

    private static final int KEPT = 1024;

    /** What a reference names: how to show it, and the plans of the bean classes it addresses (never empty). */
    record Target(String display, List<Plan> plans) {
    }

    private final Registry registry;
    private final Map<Class<?>, Target> resolved = new ConcurrentHashMap<>();

    MethodReferences(Registry registry) {
        this.registry = registry;
    }

    /**
     * The method a reference names and its plans.
     *
     * @throws IllegalArgumentException if {@code reference} is no unbound reference to an instance method, or if
     *         no bean class below its receiver type memoizes the method
     */
    Target resolve(MemoizedMethod reference) {
        Objects.requireNonNull(reference, "method");
        Class<?> type = reference.getClass();
        Target known = resolved.get(type);
        if (known != null) {
            return known;
        }
        Target target = read(reference);
        if (resolved.size() >= KEPT) {
            resolved.clear(); // more call sites than any application writes: start over rather than grow
        }
        resolved.put(type, target);
        return target;
    }

    void clear() {
        resolved.clear();
    }

    private Target read(MemoizedMethod reference) {
        Class<?> type = reference.getClass();
        SerializedLambda lambda = type.isHidden() || type.isSynthetic() ? serializedForm(reference) : null;
        if (lambda == null) {
            throw new IllegalArgumentException("deleteMemoized was given an instance of " + type.getName()
                    + ", not a method reference, so it cannot tell which method's results to delete. Fix: pass a "
                    + "reference to the memoized method, such as UserDao::find.");
        }
        String name = lambda.getImplMethodName();
        int kind = lambda.getImplMethodKind();
        String written = lambda.getImplClass().replace('/', '.') + "." + name;
        if (name.startsWith("lambda$")) {
            throw new IllegalArgumentException("deleteMemoized was given a lambda (" + written + "), not a method "
                    + "reference, so it cannot tell which method's results to delete. Fix: write the method "
                    + "reference, such as UserDao::find. (The compiler also turns a reference to a varargs method "
                    + "into a lambda when it is given the elements one by one: give it the array instead, with the "
                    + "interface of one parameter per declared parameter.)");
        }
        if (kind == MethodHandleInfo.REF_newInvokeSpecial) {
            throw new IllegalArgumentException("deleteMemoized was given a constructor reference (" + written
                    + "::new); only bean methods are memoized. Fix: pass a reference to the memoized method, such as "
                    + "UserDao::find.");
        }
        if (kind == MethodHandleInfo.REF_invokeStatic) {
            throw new IllegalArgumentException("deleteMemoized was given a reference to the static method " + written
                    + "; only instance methods of beans are memoized. Fix: pass a reference to the memoized method "
                    + "on its bean class, such as UserDao::find.");
        }
        if (lambda.getCapturedArgCount() > 0) {
            throw new IllegalArgumentException("deleteMemoized was given a bound method reference (instance::"
                    + name + ", to " + written + "): it names a method on the class, not on an instance, and an "
                    + "instance's reference (a CDI proxy) would name a different method than it seems. Fix: write "
                    + "the class, such as UserDao::" + name + ".");
        }
        if (kind != MethodHandleInfo.REF_invokeVirtual && kind != MethodHandleInfo.REF_invokeInterface) {
            throw new IllegalArgumentException("deleteMemoized was given a reference to " + written + ", which no "
                    + "container intercepts (a private method), so it has no memoized results. Fix: pass a reference "
                    + "to a memoized method, such as UserDao::find.");
        }
        ClassLoader loader = type.getClassLoader();
        try {
            Class<?> receiver = MethodType.fromMethodDescriptorString(lambda.getInstantiatedMethodType(), loader)
                    .parameterType(0);
            Class<?> owner = Class.forName(lambda.getImplClass().replace('/', '.'), false, loader);
            Method method = declared(owner, name,
                    MethodType.fromMethodDescriptorString(lambda.getImplMethodSignature(), loader).parameterArray());
            String display = receiver.getSimpleName() + "::" + name;
            String parameters = Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName)
                    .collect(Collectors.joining(", ", "(", ")"));
            return new Target(display, registry.methods(receiver, method, display + " " + parameters));
        } catch (ClassNotFoundException | TypeNotPresentException | NoSuchMethodException notVisible) {
            throw new IllegalArgumentException("deleteMemoized(" + written + "): the method cannot be found from the "
                    + "class loader of the code that wrote the reference (" + notVisible + "). Fix: write the "
                    + "reference in the application that deploys the bean.", notVisible);
        }
    }

    /** The method of that name and parameters, declared by {@code owner} or a supertype. */
    private static Method declared(Class<?> owner, String name, Class<?>[] parameters) throws NoSuchMethodException {
        List<Class<?>> types = new ArrayList<>();
        types.add(owner);
        for (int i = 0; i < types.size(); i++) {
            Class<?> type = types.get(i);
            try {
                return type.getDeclaredMethod(name, parameters);
            } catch (NoSuchMethodException notHere) {
                if (type.getSuperclass() != null) {
                    types.add(type.getSuperclass());
                }
                types.addAll(Arrays.asList(type.getInterfaces()));
            }
        }
        throw new NoSuchMethodException(owner.getName() + "." + name + Arrays.toString(parameters));
    }

    /** The {@link SerializedLambda} a lambda class writes in place of its instance, or {@code null} if none. */
    private static SerializedLambda serializedForm(MemoizedMethod reference) {
        try (Capture capture = new Capture()) {
            capture.writeObject(reference);
            return capture.form;
        } catch (IOException | RuntimeException notALambda) {
            return null;
        }
    }

    /** Writes nothing: keeps the first object it is asked to replace if it is a lambda's form, and writes null. */
    private static final class Capture extends ObjectOutputStream {

        private SerializedLambda form;

        Capture() throws IOException {
            super(OutputStream.nullOutputStream());
            enableReplaceObject(true);
        }

        @Override
        protected Object replaceObject(Object object) {
            if (form == null && object instanceof SerializedLambda lambda) {
                form = lambda;
            }
            return null;
        }
    }
}
