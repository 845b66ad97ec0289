package org.xuequ.platform.internal.audit;

import java.lang.reflect.Field;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.persister.entity.EntityPersister;
import org.xuequ.platform.audit.AuditMasked;

/**
 * Turns Hibernate's property state arrays into JSON-friendly field maps. References to other
 * entities become their ids; masked fields show only that they are set.
 */
final class EntitySnapshot {

    static final String MASK = "******";
    private static final Map<Class<?>, Set<String>> MASKED = new ConcurrentHashMap<>();

    private EntitySnapshot() {}

    static Map<String, Object> of(EntityPersister persister, Object[] state, int[] onlyIndexes) {
        String[] names = persister.getPropertyNames();
        Map<String, Object> fields = new LinkedHashMap<>();
        if (onlyIndexes == null) {
            for (int i = 0; i < names.length; i++) {
                fields.put(names[i], value(persister, names[i], state[i]));
            }
        } else {
            for (int i : onlyIndexes) {
                fields.put(names[i], value(persister, names[i], state[i]));
            }
        }
        return fields;
    }

    private static Object value(EntityPersister persister, String property, Object value) {
        if (value == null) {
            return null;
        }
        if (isMasked(persister.getMappedClass(), property)) {
            return MASK;
        }
        if (value instanceof Number || value instanceof Boolean || value instanceof String) {
            return value;
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof TemporalAccessor || value instanceof java.util.Date) {
            return value.toString();
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream()
                    .map(element -> value(persister, property + "[]", element))
                    .toList();
        }
        try {
            Object id = persister.getFactory().getPersistenceUnitUtil().getIdentifier(value);
            return id != null ? id : value.toString();
        } catch (IllegalArgumentException notAnEntity) {
            return value.toString();
        }
    }

    /** Audit runs on every write: look the annotations up once per entity class, not per property. */
    private static boolean isMasked(Class<?> type, String property) {
        return MASKED.computeIfAbsent(type, EntitySnapshot::maskedFields).contains(property);
    }

    private static Set<String> maskedFields(Class<?> type) {
        Set<String> masked = new HashSet<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.isAnnotationPresent(AuditMasked.class)) {
                    masked.add(field.getName());
                }
            }
        }
        return Set.copyOf(masked);
    }
}
