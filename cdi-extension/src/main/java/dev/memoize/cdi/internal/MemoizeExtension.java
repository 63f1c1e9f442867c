package dev.memoize.cdi.internal;

import dev.memoize.KeyStrategy;
import dev.memoize.Memoize;
import dev.memoize.MemoizeConfig;
import dev.memoize.Unless;
import dev.memoize.cdi.DefaultKeyStrategy;
import dev.memoize.spi.MemoStorage;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.AmbiguousResolutionException;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.AfterTypeDiscovery;
import jakarta.enterprise.inject.spi.AnnotatedMethod;
import jakarta.enterprise.inject.spi.AnnotatedType;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.BeforeShutdown;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.ProcessBean;
import jakarta.enterprise.inject.spi.ProcessManagedBean;
import jakarta.enterprise.inject.spi.ProcessSessionBean;
import jakarta.enterprise.inject.spi.SessionBeanType;
import jakarta.inject.Singleton;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URL;
import java.time.DateTimeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The portable extension: registers the interceptor, makes sure the library's beans exist, finds and validates
 * every {@link Memoize} method once at deployment, one {@link MethodSpec} per bean class and method, and publishes
 * them for the runtime's plans.
 *
 * <p>The jar is a bean archive (discovery mode {@code annotated}) rather than registering everything from
 * {@code BeforeBeanDiscovery}: Payara gives all portable extensions one BeanManager that sees none of the
 * application's beans, so the library's beans must live in an archive of the application's own. Where nobody scans
 * the jar (Weld SE without discovery, a flat test deployment), the beans are added after type discovery. For the
 * same reason the checks here use the beans seen in {@link ProcessBean}, never the extension's BeanManager.
 *
 * <p>Not final: the container proxies it where it is injected ({@link MemoizationProducer}).
 */
public class MemoizeExtension implements Extension {

    private final Map<PlanId, MethodSpec> methods = new LinkedHashMap<>();
    private final Map<PlanId, Memoize> annotations = new HashMap<>();
    private final Map<PlanId, String> overriddenBy = new HashMap<>();
    private final Set<String> problems = new LinkedHashSet<>();
    private final Set<Class<?>> discovered = ConcurrentHashMap.newKeySet();
    private final Set<Type> beanTypes = ConcurrentHashMap.newKeySet();
    private boolean builtInConfig;
    private List<MethodSpec> specs = List.of();
    private ClassLoader deploymentLoader;
    private Settings settings;
    private String applicationName = "default";

    /**
     * Key that moves the interceptor: a priority, or {@code beans.xml} to enable it per archive; read through
     * MicroProfile Config where present, else as a system property.
     */
    public static final String INTERCEPTOR_PRIORITY = "dev.memoize.interceptorPriority";

    /**
     * Registers the interceptor, always from here: the jar's beans.xml excludes it from scanning, so its priority
     * can be configured before discovery. It is enabled for the whole application at its {@code @Priority}, unless
     * the key {@value #INTERCEPTOR_PRIORITY} gives another priority or {@code beans.xml}, or an
     * application archive's {@code META-INF/beans.xml} lists it under {@code <interceptors>}: then it has no
     * priority and is enabled, and ordered, where beans.xml files list it (CDI would ignore such a listing for an
     * interceptor with a priority).
     */
    void registerInterceptor(@Observes BeforeBeanDiscovery discovery) {
        var interceptor = discovery.addAnnotatedType(MemoizeInterceptor.class, id(MemoizeInterceptor.class))
                .add(RegisteredByExtension.LITERAL);
        String priority = java.util.Objects.requireNonNullElse(settings().value(INTERCEPTOR_PRIORITY), "");
        if (priority.isEmpty()) {
            List<URL> listings = BeansXmlListings.listing(Thread.currentThread().getContextClassLoader(),
                    MemoizeInterceptor.class.getName());
            if (!listings.isEmpty()) {
                Log.enabledPerArchive(listings);
                priority = "beans.xml";
            }
        }
        if (!priority.isEmpty()) {
            interceptor.remove(annotation -> annotation.annotationType() == Priority.class);
            if (!priority.equals("beans.xml")) {
                String described = settings().describe(INTERCEPTOR_PRIORITY);
                interceptor.add(new PriorityLiteral(parsePriority(priority, described)));
            }
        }
    }

    /**
     * Remembers the deployment's class loader, which copies and deserialized results must use whatever thread calls,
     * and finds its settings.
     */
    void rememberDeploymentLoader(@Observes BeforeBeanDiscovery discovery) {
        settings();
    }

    /**
     * The deployment's settings, found on first use (at {@code BeforeBeanDiscovery}, while the thread context class
     * loader is the deployment's): its MicroProfile Config where it has one, else system properties.
     */
    private Settings settings() {
        if (settings == null) {
            deploymentLoader = Thread.currentThread().getContextClassLoader();
            if (deploymentLoader == null) {
                deploymentLoader = MemoizeExtension.class.getClassLoader();
            }
            settings = Settings.forDeployment(deploymentLoader);
        }
        return settings;
    }

    /**
     * Binds the interceptor exactly once however the jars are packaged: where the library's classes are discovered
     * under another archive's beans.xml (a shaded jar whose one beans.xml replaced the library's, classes copied
     * into {@code WEB-INF/classes}), the library's exclusion is lost and the interceptor, an {@code @Interceptor},
     * would be discovered too and run twice per call. Only the one registered here is kept.
     */
    void vetoDiscoveredInterceptor(@Observes ProcessAnnotatedType<MemoizeInterceptor> type) {
        if (!type.getAnnotatedType().isAnnotationPresent(RegisteredByExtension.class)) {
            type.veto();
        }
    }

    /**
     * In such an archive in discovery mode {@code all}, every class of the library would become a bean; only the
     * library's own beans may (an internal {@code MemoizeConfig} would be ambiguous with the application's).
     */
    void vetoInternalClasses(@Observes ProcessAnnotatedType<?> type) {
        Class<?> discovered = type.getAnnotatedType().getJavaClass();
        String name = discovered.getName();
        boolean library = name.startsWith(INTERNAL_PACKAGE) && name.indexOf('.', INTERNAL_PACKAGE.length()) < 0
                || discovered.getPackageName().equals(DefaultKeyStrategy.class.getPackageName());
        if (library && !LIBRARY_BEANS.contains(discovered) && discovered != MemoizeInterceptor.class) {
            type.veto();
        }
    }

    private static final String INTERNAL_PACKAGE = MemoizeExtension.class.getPackageName() + ".";

    private static final List<Class<?>> LIBRARY_BEANS = List.of(DefaultMemoizingStrategy.class, MemoizerBean.class,
            DefaultKeyStrategy.class, MemoizationProducer.class);

    /*
     * The library's beans. The jar is a bean archive (annotated), so that on a server they share the application's
     * bean archive visibility; where nobody scans it (Weld SE without discovery, a flat test deployment), they are
     * added after type discovery instead.
     */
    void discoveredStrategy(@Observes ProcessAnnotatedType<DefaultMemoizingStrategy> type) {
        discovered.add(DefaultMemoizingStrategy.class);
    }

    void discoveredMemoizer(@Observes ProcessAnnotatedType<MemoizerBean> type) {
        discovered.add(MemoizerBean.class);
    }

    void discoveredKeyStrategy(@Observes ProcessAnnotatedType<DefaultKeyStrategy> type) {
        discovered.add(DefaultKeyStrategy.class);
    }

    void discoveredProducer(@Observes ProcessAnnotatedType<MemoizationProducer> type) {
        discovered.add(MemoizationProducer.class);
    }

    void addUndiscovered(@Observes AfterTypeDiscovery discovery) {
        for (Class<?> type : LIBRARY_BEANS) {
            if (!discovered.contains(type)) {
                discovery.addAnnotatedType(type, id(type));
            }
        }
    }

    private static String id(Class<?> type) {
        return MemoizeExtension.class.getName() + "." + type.getSimpleName();
    }

    private static int parsePriority(String value, String described) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new MemoizeDefinitionException(described + " is neither a number nor \"beans.xml\". "
                    + "Fix: give an interceptor priority (the default is "
                    + MemoizeInterceptor.PRIORITY + ") or beans.xml to enable the interceptor in beans.xml only.");
        }
    }

    /** A {@link Priority} with a value chosen at deployment. */
    @SuppressWarnings("all")
    private static final class PriorityLiteral extends jakarta.enterprise.util.AnnotationLiteral<Priority> implements Priority {

        private final int value;

        PriorityLiteral(int value) {
            this.value = value;
        }

        @Override
        public int value() {
            return value;
        }
    }

    /*
     * Every bean of the deployment, whatever its bean archive: the checks at deployment use these rather than the
     * extension's BeanManager, which on some servers (Payara) does not see the application's beans.
     */
    <T> void noticeBean(@Observes ProcessBean<T> bean) {
        beanTypes.addAll(bean.getBean().getTypes());
    }

    <T> void findMemoizedMethods(@Observes ProcessManagedBean<T> bean) {
        if (bean.getBean() instanceof jakarta.enterprise.inject.spi.Interceptor<?>) {
            return;
        }
        AnnotatedType<T> type = bean.getAnnotatedBeanClass();
        Class<T> beanClass = type.getJavaClass();
        Memoize onType = type.getAnnotation(Memoize.class);
        if (onType != null && !onType.name().isEmpty()) {
            problems.add("@Memoize(name = \"" + onType.name() + "\") on type " + beanClass.getName()
                    + ": a name on a type would give every method the same function name. "
                    + "Fix: remove name from the type-level annotation and put @Memoize(name = ...) on the methods.");
        }
        boolean singleInstance = isSingleInstance(bean);
        boolean anyMemoized = false;
        for (AnnotatedMethod<? super T> annotated : type.getMethods()) {
            Method method = annotated.getJavaMember();
            if (!isInvokedOn(beanClass, method)) {
                checkNotLost(beanClass, method, annotated.getAnnotation(Memoize.class), onType);
                continue;
            }
            Memoize onMethod = annotated.getAnnotation(Memoize.class);
            if (onMethod == null && (onType == null || !isBusinessMethod(method))) {
                continue;
            }
            Memoize memoize = onMethod != null ? onMethod : onType;
            if (!validate(beanClass, method, onMethod != null)) {
                continue;
            }
            anyMemoized = true;
            MethodSpec spec = spec(method, beanClass, memoize, Beans.archiveOf(bean.getBean()), singleInstance);
            PlanId id = new PlanId(beanClass, method);
            if (methods.putIfAbsent(id, spec) == null) {
                annotations.put(id, memoize);
            }
        }
        if (DeploymentProblems.isOpenWebBeans(bean)) {
            refuseDefaultMethods(type, onType != null);
        }
        if (anyMemoized && Modifier.isFinal(beanClass.getModifiers())) {
            problems.add("@Memoize on final class " + beanClass.getName()
                    + ": CDI cannot intercept a final class. Fix: remove final from the class.");
        }
    }

    /**
     * OpenWebBeans leaves an interface's default methods out of the bean class's {@link AnnotatedType} and never
     * intercepts them: a memoized one would run on every call, with no sign of it.
     */
    private void refuseDefaultMethods(AnnotatedType<?> type, boolean memoizedType) {
        Set<Method> seen = new java.util.HashSet<>();
        type.getMethods().forEach(annotated -> seen.add(annotated.getJavaMember()));
        for (Method method : type.getJavaClass().getMethods()) {
            boolean memoized = method.isAnnotationPresent(Memoize.class) || memoizedType && isBusinessMethod(method);
            if (method.isDefault() && memoized && !seen.contains(method)) {
                problems.add("@Memoize on " + MethodSpec.display(type.getJavaClass(), method) + " is on a default "
                        + "method of an interface, which OpenWebBeans does not intercept: it would run on every call. "
                        + "Fix: override it in " + type.getJavaClass().getName() + " (its body can call "
                        + method.getDeclaringClass().getSimpleName() + ".super." + method.getName() + "(...)) and "
                        + "put @Memoize on the override.");
            }
        }
    }

    /**
     * An {@code @Memoize} on an abstract method is lost: CDI does not carry a method's interceptor binding to the
     * method that implements it, so the implementation would run every time, with no sign of it.
     */
    private void checkNotLost(Class<?> beanClass, Method skipped, Memoize onSkipped, Memoize onType) {
        if (onSkipped == null || onType != null || !Modifier.isAbstract(skipped.getModifiers())) {
            return;
        }
        try {
            Method implementation = beanClass.getMethod(skipped.getName(), skipped.getParameterTypes());
            if (implementation.isAnnotationPresent(Memoize.class) || Modifier.isAbstract(implementation.getModifiers())) {
                return;
            }
        } catch (NoSuchMethodException notPublic) {
            // a protected or package-private implementation: it loses the binding all the same
        }
        problems.add("@Memoize on abstract method " + MethodSpec.display(skipped.getDeclaringClass(), skipped)
                + " is lost on " + beanClass.getName() + ": CDI does not carry a method's interceptor binding to the "
                + "method that implements it, so every call would run the body. Fix: put @Memoize on the implementing "
                + "method in " + beanClass.getName() + " (or on the class).");
    }

    /** A memoized method of one bean class: the identity of a plan. */
    private record PlanId(Class<?> beanClass, Method method) {
    }

    /**
     * Whether the application has one interchangeable instance of the bean: application-scoped or singleton, or
     * a stateless or singleton session bean. Its instances have no identity that could change a result.
     */
    private static boolean isSingleInstance(ProcessManagedBean<?> bean) {
        Class<? extends Annotation> scope = bean.getBean().getScope();
        if (scope == ApplicationScoped.class || scope == Singleton.class) {
            return true;
        }
        return bean instanceof ProcessSessionBean<?> session
                && (session.getSessionBeanType() == SessionBeanType.STATELESS
                || session.getSessionBeanType() == SessionBeanType.SINGLETON);
    }

    /**
     * Whether a call of this method on the bean runs this very method: not a bridge the compiler made (which
     * carries the annotations of the method it forwards to, {@code Object find(long)} beside
     * {@code UserRow find(long)} for a generic interface), not an abstract method, and not one that the bean class
     * or a class between overrides (the container lists a generic base's methods beside their overrides).
     */
    private static boolean isInvokedOn(Class<?> beanClass, Method method) {
        if (method.isBridge() || method.isSynthetic() || Modifier.isAbstract(method.getModifiers())) {
            return false;
        }
        for (Class<?> type = beanClass; type != null && type != method.getDeclaringClass(); type = type.getSuperclass()) {
            try {
                type.getDeclaredMethod(method.getName(), method.getParameterTypes());
                return false;
            } catch (NoSuchMethodException notHere) {
                // keep looking down to the declaring class
            }
        }
        return !overriddenBySubInterface(beanClass, method);
    }

    /** Whether a default method is overridden in an interface that extends its own (a covariant override, say). */
    private static boolean overriddenBySubInterface(Class<?> beanClass, Method method) {
        if (!method.getDeclaringClass().isInterface()) {
            return false;
        }
        for (Method candidate : beanClass.getMethods()) {
            if (!candidate.equals(method) && !candidate.isBridge() && !candidate.isSynthetic()
                    && candidate.getName().equals(method.getName())
                    && java.util.Arrays.equals(candidate.getParameterTypes(), method.getParameterTypes())
                    && method.getDeclaringClass().isAssignableFrom(candidate.getDeclaringClass())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBusinessMethod(Method method) {
        int modifiers = method.getModifiers();
        return method.getDeclaringClass() != Object.class && !Modifier.isPrivate(modifiers)
                && !Modifier.isStatic(modifiers) && !method.isSynthetic() && !method.isBridge()
                && method.getReturnType() != void.class;
    }

    private boolean validate(Class<?> beanClass, Method method, boolean explicit) {
        String where = "@Memoize on " + MethodSpec.display(beanClass, method);
        int modifiers = method.getModifiers();
        if (method.getReturnType() == void.class) {
            problems.add(where + ": a void method has no result to memoize. Fix: remove @Memoize or return the result.");
        } else if (Modifier.isPrivate(modifiers)) {
            problems.add(where + ": CDI does not intercept private methods. Fix: make it public, protected or package-private.");
        } else if (Modifier.isStatic(modifiers)) {
            problems.add(where + ": CDI does not intercept static methods. Fix: make it an instance method, "
                    + "or memoize the code with Memoizer.function(name, timeout).");
        } else if (Modifier.isFinal(modifiers)) {
            problems.add(where + (explicit ? "" : " (from the type)")
                    + ": CDI cannot intercept a final method. Fix: remove final from the method.");
        } else if (ResultShapes.refusal(ResultTypes.of(beanClass, method)) != null) {
            problems.add(where + (explicit ? "" : " (from the type)") + ": "
                    + ResultShapes.refusal(ResultTypes.of(beanClass, method)));
        } else {
            return true;
        }
        return false;
    }

    private MethodSpec spec(Method method, Class<?> beanClass, Memoize memoize, BeanManager archive,
                            boolean singleInstance) {
        boolean explicit = !memoize.name().isEmpty();
        String name = explicit ? memoize.name() : MethodSpec.defaultName(beanClass, method);
        String where = MethodSpec.display(beanClass, method);
        if (name.startsWith("#")) {
            problems.add("@Memoize(name = \"" + name + "\") on " + where + ": names starting "
                    + "with # are reserved for the library's records. Fix: choose another name.");
        }
        if (name.equals(Registry.VERSIONS)) {
            problems.add("@Memoize(name = \"" + name + "\") on " + where + ": \"" + name
                    + "\" is the name of the library's cache of version records. Fix: choose another name.");
        }
        if (memoize.clusterSingleFlight() && ResultShapes.isStage(ResultTypes.of(beanClass, method))) {
            problems.add("@Memoize(clusterSingleFlight = true) on " + where + ": a method returning a "
                    + "CompletionStage shares its running stage with the callers in this JVM only. "
                    + "Fix: remove clusterSingleFlight, or return the value itself.");
        }
        return new MethodSpec(method, beanClass, name, explicit, timeout(where, memoize),
                maxEntries(where, memoize), memoize.keyStrategy(),
                memoize.unless(), memoize.clusterSingleFlight(), archive, singleInstance);
    }

    private Long maxEntries(String where, Memoize memoize) {
        long bound = memoize.maxEntries();
        if (bound == Memoize.DEFAULT_MAX_ENTRIES) {
            return null;
        }
        if (bound <= 0) {
            problems.add("@Memoize(maxEntries = " + bound + ") on " + where + ": a cache keeps at least one result. "
                    + "Fix: use a positive number, Memoize.UNBOUNDED or Memoize.DEFAULT_MAX_ENTRIES (the configured "
                    + "default, MemoizeConfig.maxEntries()); to never memoize, use timeout = 0.");
            return null;
        }
        return bound;
    }

    private Duration timeout(String where, Memoize memoize) {
        long amount = memoize.timeout();
        if (amount == Memoize.DEFAULT_TIMEOUT) {
            return null;
        }
        if (amount == Memoize.FOREVER) {
            return MethodSpec.FOREVER;
        }
        if (amount < 0) {
            problems.add("@Memoize(timeout = " + amount + ") on " + where
                    + ": a timeout cannot be negative. Fix: use a positive amount, 0 (never memoized), "
                    + "Memoize.FOREVER or Memoize.DEFAULT_TIMEOUT.");
            return Duration.ZERO;
        }
        try {
            return Duration.of(amount, memoize.unit());
        } catch (DateTimeException | ArithmeticException e) {
            problems.add("@Memoize(unit = " + memoize.unit() + ") on " + where
                    + ": " + e.getMessage() + ". Fix: use an exact unit (SECONDS, MINUTES, HOURS, DAYS, ...).");
            return Duration.ZERO;
        }
    }

    void validateAndPublish(@Observes AfterBeanDiscovery discovery) {
        applyOverrides();
        Map<String, List<MethodSpec>> byName = new HashMap<>();
        for (MethodSpec spec : methods.values()) {
            byName.computeIfAbsent(spec.name(), n -> new ArrayList<>()).add(spec);
        }
        byName.values().forEach(this::checkCompatible);
        DeploymentProblems.report(problems, discovery, discovery::addDefinitionError);
        specs = List.copyOf(methods.values());
        builtInConfig = !beanTypes.contains(MemoizeConfig.class);
        if (builtInConfig) {
            // A pseudo-scope: no client proxy. A CDI implementation that builds proxies by subclassing the bean
            // class (OpenWebBeans) cannot proxy this final class.
            discovery.addBean()
                    .types(MemoizeConfig.class, Object.class)
                    .scope(Singleton.class)
                    .beanClass(BuiltInConfig.class)
                    .createWith(context -> new BuiltInConfig(settings()));
        }
    }

    /** Applies the per-function overrides of the deployment's settings ({@link FunctionOverrides}) to every spec. */
    private void applyOverrides() {
        FunctionOverrides overrides = new FunctionOverrides(settings(), problems);
        overrides.checkKeys(methods.values());
        methods.replaceAll((id, spec) -> {
            FunctionOverrides.Applied applied = overrides.apply(spec, annotations.get(id));
            overriddenBy.put(id, applied.describe());
            return applied.spec();
        });
    }

    /** For messages: the configuration keys that changed a spec's annotation values, or nothing. */
    private String overrides(MethodSpec spec) {
        return overriddenBy.getOrDefault(new PlanId(spec.beanClass(), spec.method()), "");
    }

    private void checkCompatible(List<MethodSpec> specs) {
        MethodSpec first = specs.get(0);
        for (int i = 1; i < specs.size(); i++) {
            MethodSpec other = specs.get(i);
            if (!java.util.Objects.equals(first.timeout(), other.timeout())) {
                problems.add("The function name \"" + first.name() + "\" is used by " + first.display()
                        + overrides(first) + " and " + other.display() + overrides(other) + " with different timeouts"
                        + " (or one of them is not enabled). Fix: give them the same timeout, in the annotations or in "
                        + "the configuration, or different names with @Memoize(name = ...).");
            }
            if (!java.util.Objects.equals(first.maxEntries(), other.maxEntries())) {
                problems.add("The function name \"" + first.name() + "\" is used by " + first.display()
                        + overrides(first) + " and " + other.display() + overrides(other)
                        + " with different maxEntries. Fix: give them the same bound, in the annotations or in the configuration, or different "
                        + "names with @Memoize(name = ...).");
            }
            for (int j = 0; j < i; j++) {
                MethodSpec earlier = specs.get(j);
                boolean sameMethodSharedOnPurpose = earlier.method().equals(other.method()) && other.explicitName();
                if (sameMethodSharedOnPurpose && !ResultTypes.describe(earlier.beanClass(), earlier.method())
                        .equals(ResultTypes.describe(other.beanClass(), other.method()))) {
                    problems.add("The function name \"" + first.name() + "\" is shared by " + earlier.display()
                            + " and " + other.display() + ", which return different types ("
                            + ResultTypes.describe(earlier.beanClass(), earlier.method()) + " and "
                            + ResultTypes.describe(other.beanClass(), other.method()) + "): each would be served the "
                            + "other's results. Fix: remove name from the @Memoize of "
                            + earlier.method().getDeclaringClass().getName() + "." + earlier.method().getName()
                            + ", so that each bean class has a function of its own.");
                    continue;
                }
                if (!sameMethodSharedOnPurpose
                        && java.util.Arrays.equals(earlier.method().getParameterTypes(), other.method().getParameterTypes())) {
                    boolean sameClassName = earlier.display().equals(other.display());
                    problems.add("The function name \"" + first.name() + "\" is used by two different methods, "
                            + earlier.display() + (sameClassName ? " in " + archiveOf(earlier.beanClass()) : "")
                            + " and " + other.display() + (sameClassName ? " in " + archiveOf(other.beanClass()) : "")
                            + ", whose calls would share results. Fix: give one of them another name with "
                            + "@Memoize(name = ...)" + (sameClassName ? " (two modules of one application, each "
                            + "with a class of that name, need names of their own)." : "."));
                }
            }
        }
    }

    /** Where a class comes from, for messages: its jar or classes directory, else its class loader. */
    private static String archiveOf(Class<?> type) {
        try {
            java.security.CodeSource source = type.getProtectionDomain().getCodeSource();
            if (source != null && source.getLocation() != null) {
                return source.getLocation().toString();
            }
        } catch (SecurityException hidden) {
            // fall back to the class loader
        }
        return String.valueOf(type.getClassLoader());
    }

    void checkResolvable(@Observes AfterDeploymentValidation validation, BeanManager manager) {
        settings().deployed(manager);
        applicationName = JmxExport.applicationName();
        List<String> found = new ArrayList<>();
        if (!beanTypes.contains(MemoStorage.class)) {
            found.add("No MemoStorage bean: memoized results "
                    + "have nowhere to go. Fix: add the dev.memoize:memoize-jcache artifact (and a JCache provider) "
                    + "to the application.");
        }
        if (builtInConfig) {
            try {
                new BuiltInConfig(settings());
            } catch (IllegalArgumentException badProperty) {
                found.add(badProperty.getMessage());
            }
        } else {
            checkApplicationConfig(manager, found);
        }
        for (MethodSpec spec : methods.values()) {
            if (spec.keyStrategy() == KeyStrategy.class) {
                try {
                    // the method's own bean archive where the CDI implementation tells it (Weld), else the deployment
                    new Beans(spec.archive() != null ? spec.archive() : manager).defaultKeyStrategyBean();
                } catch (AmbiguousResolutionException ambiguous) {
                    found.add("@Memoize on " + spec.display()
                            + " has no single default KeyStrategy: " + ambiguous.getMessage() + " Fix: enable one "
                            + "KeyStrategy alternative, or give them different priorities.");
                }
            }
            for (Class<?> named : List.of(spec.keyStrategy(), spec.unless())) {
                if (named != KeyStrategy.class && named != Unless.class && !beanTypes.contains(named)
                        && !Beans.canConstruct(named)) {
                    found.add("@Memoize on " + spec.display()
                            + " names " + named.getName() + ", which is neither a CDI bean nor a class with a public "
                            + "no-argument constructor. Fix: make it a bean (for example @ApplicationScoped) or add "
                            + "that constructor.");
                }
            }
        }
        DeploymentProblems.report(found, validation, validation::addDeploymentProblem);
    }

    /** Refuses an application {@code MemoizeConfig} whose values cannot work, naming the member and the fix. */
    private static void checkApplicationConfig(BeanManager manager, List<String> found) {
        MemoizeConfig config;
        try {
            config = new Beans(manager).get(MemoizeConfig.class);
        } catch (RuntimeException unresolvable) {
            return; // CDI reports an ambiguous or unsatisfied configuration itself
        }
        long maxEntries = config.maxEntries();
        if (maxEntries <= 0) {
            found.add("MemoizeConfig.maxEntries() of "
                    + config.getClass().getName() + " returns " + maxEntries + ": a cache keeps at least one result. "
                    + "Fix: return a positive number, or Memoize.UNBOUNDED for no bound.");
        }
        if (config.immutableTypes() == null) {
            found.add("MemoizeConfig.immutableTypes() of "
                    + config.getClass().getName() + " returns null. Fix: return Set.of() for none.");
        }
    }

    /** The memoized methods found at deployment, one per bean class and method; available after bean discovery. */
    List<MethodSpec> specs() {
        return specs;
    }

    /** The application's name for its MBeans, read on the deploying thread ({@code default} where none). */
    String applicationName() {
        return applicationName;
    }

    /** The class loader of the deployment: the thread context class loader while the container started. */
    ClassLoader deploymentLoader() {
        return deploymentLoader;
    }

    /** Releases what the deployment's settings hold for it (see {@link Settings#shutDown()}). */
    void releaseSettings(@Observes BeforeShutdown shutdown) {
        if (settings != null) {
            settings.shutDown();
        }
    }
}
