package dev.memoize.cdi;

import java.lang.annotation.Annotation;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Keys JPA entities as {@code RootEntityName#id} without a compile-time dependency on Jakarta Persistence: entity
 * classes are recognised by their {@code jakarta.persistence.Entity} annotation, read reflectively. A Hibernate
 * lazy proxy gives its id and class through its lazy initializer, so keying it never loads it.
 */
final class EntityKeys {

    /** What the key of one entity class is made of; {@link #NONE} for classes that are not entities. */
    private record Model(String rootName, List<IdAttribute> id) {
    }

    /** One id attribute (several for an {@code @IdClass} composite), read from a field or a getter. */
    private record IdAttribute(String name, AccessibleObject member) {

        Object read(Object entity) throws ReflectiveOperationException {
            return member instanceof Field field ? field.get(entity) : ((Method) member).invoke(entity);
        }
    }

    private static final Model NONE = new Model(null, List.of());

    private final ClassValue<Model> models = new ClassValue<>() {
        @Override
        protected Model computeValue(Class<?> type) {
            return model(type);
        }
    };

    private final ClassValue<Boolean> hibernateProxies = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            for (Class<?> current = type; current != null; current = current.getSuperclass()) {
                for (Class<?> implemented : current.getInterfaces()) {
                    if (implemented.getName().equals("org.hibernate.proxy.HibernateProxy")) {
                        return true;
                    }
                }
            }
            return false;
        }
    };

    private final ClassValue<Boolean> embeddables = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            Class<? extends Annotation> embeddable = persistenceAnnotation(type, "Embeddable");
            return embeddable != null && type.isAnnotationPresent(embeddable);
        }
    };

    /** Whether the value is a JPA entity (or a lazy proxy of one). */
    boolean isEntity(Object value) {
        return isEntityClass(value.getClass());
    }

    /** Whether instances of the class are JPA entities (or lazy proxies of them). */
    boolean isEntityClass(Class<?> type) {
        return hibernateProxies.get(type) || models.get(type) != NONE;
    }

    /**
     * The key of an entity, or {@code null} if it has no id yet (not persisted).
     *
     * @param entity an object for which {@link #isEntity(Object)} holds
     * @param idPart renders one id value as a key part, or {@code null} if it cannot
     */
    String key(Object entity, Function<Object, String> idPart) {
        Class<?> type = entity.getClass();
        Object id;
        if (hibernateProxies.get(type)) {
            try {
                Object initializer = type.getMethod("getHibernateLazyInitializer").invoke(entity);
                id = initializer.getClass().getMethod("getIdentifier").invoke(initializer);
                type = (Class<?>) initializer.getClass().getMethod("getPersistentClass").invoke(initializer);
            } catch (ReflectiveOperationException e) {
                return null;
            }
            Model model = models.get(type);
            return id == null || model == NONE ? null : model.rootName() + "#" + single(id, idPart);
        }
        Model model = models.get(type);
        if (model.id().isEmpty()) {
            return null;
        }
        try {
            if (model.id().size() == 1) {
                id = model.id().get(0).read(entity);
                return id == null ? null : model.rootName() + "#" + single(id, idPart);
            }
            StringBuilder composite = new StringBuilder(model.rootName()).append("#(");
            for (int i = 0; i < model.id().size(); i++) {
                IdAttribute attribute = model.id().get(i);
                Object value = attribute.read(entity);
                String part = value == null ? null : single(value, idPart);
                if (part == null) {
                    return null;
                }
                composite.append(i == 0 ? "" : ",").append(attribute.name()).append('=').append(part);
            }
            return composite.append(')').toString();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** Numbers plain (an entity's id type is fixed, so {@code 42} cannot be confused), anything else as a typed part. */
    private String single(Object id, Function<Object, String> idPart) {
        if (id instanceof Long || id instanceof Integer || id instanceof Short) {
            return id.toString();
        }
        return embeddables.get(id.getClass()) ? embedded(id, idPart) : idPart.apply(id);
    }

    /** An {@code @EmbeddedId} value: its fields, by name, whether or not it has a toString of its own. */
    private String embedded(Object id, Function<Object, String> idPart) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> current = id.getClass(); current != null && current != Object.class; current = current.getSuperclass()) {
            for (Field field : current.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !Modifier.isTransient(field.getModifiers())) {
                    fields.add(field);
                }
            }
        }
        fields.sort(Comparator.comparing(Field::getName));
        StringBuilder part = new StringBuilder("(");
        for (Field field : fields) {
            try {
                field.setAccessible(true);
                Object value = field.get(id);
                String rendered = value == null ? "null" : single(value, idPart);
                if (rendered == null) {
                    return null;
                }
                part.append(part.length() > 1 ? "," : "").append(field.getName()).append('=').append(rendered);
            } catch (ReflectiveOperationException | RuntimeException e) {
                return null;
            }
        }
        return part.append(')').toString();
    }

    private static Model model(Class<?> type) {
        Class<? extends Annotation> entity = persistenceAnnotation(type, "Entity");
        if (entity == null || !type.isAnnotationPresent(entity)) {
            return NONE;
        }
        Class<?> root = type;
        while (root.getSuperclass() != null && root.getSuperclass().isAnnotationPresent(entity)) {
            root = root.getSuperclass();
        }
        return new Model(entityName(root, entity), idAttributes(type));
    }

    private static String entityName(Class<?> root, Class<? extends Annotation> entity) {
        try {
            String name = (String) entity.getMethod("name").invoke(root.getAnnotation(entity));
            return name.isEmpty() ? root.getSimpleName() : name;
        } catch (ReflectiveOperationException e) {
            return root.getSimpleName();
        }
    }

    /** The {@code @Id} or {@code @EmbeddedId} attributes of the hierarchy, by attribute name. */
    private static List<IdAttribute> idAttributes(Class<?> type) {
        Class<? extends Annotation> id = persistenceAnnotation(type, "Id");
        Class<? extends Annotation> embeddedId = persistenceAnnotation(type, "EmbeddedId");
        List<IdAttribute> attributes = new ArrayList<>();
        for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
            for (Field field : current.getDeclaredFields()) {
                if (field.isAnnotationPresent(id) || field.isAnnotationPresent(embeddedId)) {
                    attributes.add(new IdAttribute(field.getName(), accessible(field)));
                }
            }
            for (Method method : current.getDeclaredMethods()) {
                if (method.getParameterCount() == 0 && (method.isAnnotationPresent(id) || method.isAnnotationPresent(embeddedId))) {
                    attributes.add(new IdAttribute(propertyName(method), accessible(method)));
                }
            }
        }
        attributes.sort(Comparator.comparing(IdAttribute::name));
        return List.copyOf(attributes);
    }

    private static <T extends AccessibleObject & Member> T accessible(T member) {
        try {
            member.setAccessible(true);
        } catch (RuntimeException ignored) {
            // a public member stays readable without it
        }
        return member;
    }

    private static String propertyName(Method getter) {
        String name = getter.getName();
        String bare = name.startsWith("get") ? name.substring(3) : name.startsWith("is") ? name.substring(2) : name;
        return bare.isEmpty() ? name : Character.toLowerCase(bare.charAt(0)) + bare.substring(1);
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends Annotation> persistenceAnnotation(Class<?> type, String simpleName) {
        ClassLoader loader = type.getClassLoader();
        if (loader == null) {
            return null;
        }
        try {
            return (Class<? extends Annotation>) Class.forName("jakarta.persistence." + simpleName, false, loader);
        } catch (ClassNotFoundException | LinkageError absent) {
            return null;
        }
    }
}
