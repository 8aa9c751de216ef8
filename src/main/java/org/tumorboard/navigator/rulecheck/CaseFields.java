package org.tumorboard.navigator.rulecheck;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tumorboard.navigator.intake.CaseFacts;

/** Reading and replacing one field of a case by its JSON name. */
final class CaseFields {

    private static final RecordComponent[] COMPONENTS = CaseFacts.class.getRecordComponents();
    private static final Map<String, Integer> INDEX = new LinkedHashMap<>();
    private static final Constructor<CaseFacts> CONSTRUCTOR;
    private static final java.lang.reflect.Method[] ACCESSORS;

    static {
        ACCESSORS = new java.lang.reflect.Method[COMPONENTS.length];
        for (int i = 0; i < COMPONENTS.length; i++) {
            INDEX.put(COMPONENTS[i].getName(), i);
            ACCESSORS[i] = COMPONENTS[i].getAccessor();
        }
        try {
            CONSTRUCTOR = CaseFacts.class.getDeclaredConstructor(
                    Arrays.stream(COMPONENTS).map(RecordComponent::getType).toArray(Class<?>[]::new));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    private CaseFields() {
    }

    static List<String> names() {
        return List.copyOf(INDEX.keySet());
    }

    static boolean exists(String field) {
        return INDEX.containsKey(field);
    }

    static Class<?> type(String field) {
        return COMPONENTS[index(field)].getType();
    }

    static Object get(CaseFacts facts, String field) {
        try {
            return ACCESSORS[index(field)].invoke(facts);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The position of a field in the case, or -1. */
    static int indexOf(String field) {
        Integer i = INDEX.get(field);
        return i == null ? -1 : i;
    }

    static Object get(CaseFacts facts, int index) {
        try {
            return ACCESSORS[index].invoke(facts);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The case with one field replaced (no range check: use the case reader for values from outside). */
    static CaseFacts with(CaseFacts facts, String field, Object value) {
        Object[] values = new Object[COMPONENTS.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = get(facts, COMPONENTS[i].getName());
        }
        values[index(field)] = value;
        try {
            return CONSTRUCTOR.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int index(String field) {
        Integer i = INDEX.get(field);
        if (i == null) {
            throw new IllegalArgumentException("no case field " + field);
        }
        return i;
    }
}
