package org.clusterscope.runtime;

import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import sun.misc.Unsafe;

/**
 * A deep copy of a parked run's object graph, so that one parked simulation serves any number of
 * seeks: each seek runs a copy on and the parked original stays where it is. The simulation holds
 * no wall clock, thread or identity-ordered structure (DESIGN.md rule 2, STYLE.md "event order is
 * total"), so a copy that reproduces every field of every reachable object runs on exactly as the
 * original would; the seek determinism tests compare the traces of copies with straight runs.
 *
 * <p>How: every reachable object is allocated without a constructor and its fields are copied one
 * by one ({@code sun.misc.Unsafe}, which reads the JDK's own collections without opening them);
 * records are rebuilt through their canonical constructor and lambdas through their hidden class's
 * constructor, from copies of their components. Strings, boxes, enums, classes and final classes
 * of final primitive and string fields (a node id) are shared.
 * Objects the caller names in {@code substitutes} (a listener outside the run) are replaced, not
 * copied. A thread, or a structure that hashes by identity, cannot be copied faithfully: the copy
 * then fails with an {@link IllegalStateException} instead of returning something that differs.
 *
 * <p>Not thread-safe; the graph must not change while it is copied.
 */
public final class StateCopy {

    private static final Unsafe UNSAFE = unsafe();
    private static final ClassValue<Plan> PLANS = new ClassValue<>() {
        @Override
        protected Plan computeValue(Class<?> type) {
            return Plan.of(type);
        }
    };

    private final IdentityHashMap<Object, Object> copies;
    private final Deque<Object[]> toFill = new ArrayDeque<>();
    /** Concurrent map entries copied, to check that their keys hash as before (a key hashed by identity would not). */
    private final List<Object> hashedEntries = new ArrayList<>();
    /** Hash maps copied (hash sets hold one), to hash again those whose keys hash by identity. */
    private final List<java.util.HashMap<Object, Object>> hashMaps = new ArrayList<>();
    private long bytes;

    /** {@code substitutes}: originals that the copy refers to as these objects instead. */
    public StateCopy(Map<?, ?> substitutes) {
        this(substitutes, 0);
    }

    /** With room for about {@code expectedObjects} copies from the start (a big graph copies faster). */
    public StateCopy(Map<?, ?> substitutes, int expectedObjects) {
        copies = new IdentityHashMap<>(Math.max(32, expectedObjects));
        copies.putAll(substitutes);
    }

    /** How many objects were copied or substituted. */
    public int objects() {
        return copies.size();
    }

    public StateCopy() {
        this(Map.of());
    }

    /** The copy of {@code root} and everything it reaches; objects shared with earlier roots stay shared. */
    @SuppressWarnings("unchecked")
    public <T> T copy(T root) {
        Object result = copyRef(root);
        while (!toFill.isEmpty()) {
            Object[] pair = toFill.pop();
            fill(pair[0], pair[1]);
        }
        for (Object entry : hashedEntries) {
            if (!hashesAsBefore(entry)) {
                throw new IllegalStateException("a " + UNSAFE.getObject(entry, PLANS.get(entry.getClass()).keyOffset)
                        .getClass().getName() + " keys a concurrent map by identity; a copy would not find it");
            }
        }
        for (java.util.HashMap<Object, Object> map : hashMaps) {
            rehashIfNeeded(map);
        }
        hashMaps.clear();
        hashedEntries.clear();
        return (T) result;
    }

    /** The copy made of {@code original} by this copier, or null if it reached no such object. */
    @SuppressWarnings("unchecked")
    public <T> T copied(T original) {
        return (T) copies.get(original);
    }

    /** An estimate of the heap the copies take: object headers and fields, 8-byte aligned. */
    public long bytes() {
        return bytes;
    }

    private Object copyRef(Object original) {
        if (original == null) {
            return null;
        }
        Object done = copies.get(original);
        if (done != null) {
            return done;
        }
        Class<?> type = original.getClass();
        Plan plan = PLANS.get(type);
        switch (plan.kind) {
            case SHARED:
                return original;
            case REFUSED:
                throw new IllegalStateException("a " + type.getName() + " cannot be copied faithfully: " + plan.why);
            case PRIMITIVE_ARRAY: {
                Object copy = primitiveArrayClone(original);
                bytes += align(16L + (long) Array.getLength(original) * plan.elementBytes);
                copies.put(original, copy);
                return copy;
            }
            case OBJECT_ARRAY: {
                Object[] source = (Object[]) original;
                Object copy = Array.newInstance(type.getComponentType(), source.length);
                bytes += align(16L + 4L * source.length);
                copies.put(original, copy);
                toFill.push(new Object[] {original, copy});
                return copy;
            }
            case IDENTITY_MAP: {
                // rebuilt entry by entry: its order is the identity hashes', which nothing deterministic reads
                IdentityHashMap<Object, Object> copy = new IdentityHashMap<>();
                bytes += align(32L + 8L * ((IdentityHashMap<?, ?>) original).size() * 3);
                copies.put(original, copy);
                toFill.push(new Object[] {original, copy});
                return copy;
            }
            case RECORD:
                if (plan.valueClass || immutable(original)) {
                    return original; // a value nobody can change: the copy may hold the same one
                }
                // fall through: a record holding something mutable is rebuilt from copies
            case LAMBDA: {
                Object[] args = new Object[plan.components.length];
                int pending = toFill.size();
                for (int i = 0; i < args.length; i++) {
                    args[i] = copyRef(plan.read(original, i));
                }
                if (plan.kind == Kind.RECORD) {
                    // a canonical constructor may read its components (List.copyOf): fill them first
                    while (toFill.size() > pending) {
                        Object[] pair = toFill.pop();
                        fill(pair[0], pair[1]);
                    }
                }
                Object again = copies.get(original); // a component may have reached it through a cycle
                if (again != null) {
                    return again;
                }
                Object copy;
                try {
                    copy = plan.constructor.newInstance(args);
                } catch (ReflectiveOperationException failed) {
                    throw new IllegalStateException("cannot rebuild a " + type.getName(), failed);
                }
                bytes += plan.shallowBytes;
                copies.put(original, copy);
                return copy;
            }
            default: {
                Object copy;
                try {
                    copy = UNSAFE.allocateInstance(type);
                } catch (InstantiationException failed) {
                    throw new IllegalStateException("cannot allocate a " + type.getName(), failed);
                }
                bytes += plan.shallowBytes;
                copies.put(original, copy);
                toFill.push(new Object[] {original, copy});
                if (plan.hashOffset >= 0 && plan.concurrent) {
                    hashedEntries.add(copy);
                }
                if (copy instanceof java.util.HashMap<?, ?> map) {
                    @SuppressWarnings("unchecked")
                    java.util.HashMap<Object, Object> hashMap = (java.util.HashMap<Object, Object>) map;
                    hashMaps.add(hashMap);
                }
                return copy;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void fill(Object original, Object copy) {
        if (original instanceof IdentityHashMap<?, ?> source) {
            IdentityHashMap<Object, Object> target = (IdentityHashMap<Object, Object>) copy;
            source.forEach((key, value) -> target.put(copyRef(key), copyRef(value)));
            return;
        }
        if (original instanceof Object[] source) {
            Object[] target = (Object[]) copy;
            for (int i = 0; i < source.length; i++) {
                target[i] = copyRef(source[i]);
            }
            return;
        }
        Plan plan = PLANS.get(original.getClass());
        for (int i = 0; i < plan.offsets.length; i++) {
            long offset = plan.offsets[i];
            switch (plan.types[i]) {
                case 'L' -> UNSAFE.putObject(copy, offset, copyRef(UNSAFE.getObject(original, offset)));
                case 'J' -> UNSAFE.putLong(copy, offset, UNSAFE.getLong(original, offset));
                case 'I' -> UNSAFE.putInt(copy, offset, UNSAFE.getInt(original, offset));
                case 'D' -> UNSAFE.putDouble(copy, offset, UNSAFE.getDouble(original, offset));
                case 'F' -> UNSAFE.putFloat(copy, offset, UNSAFE.getFloat(original, offset));
                case 'Z' -> UNSAFE.putBoolean(copy, offset, UNSAFE.getBoolean(original, offset));
                case 'B' -> UNSAFE.putByte(copy, offset, UNSAFE.getByte(original, offset));
                case 'S' -> UNSAFE.putShort(copy, offset, UNSAFE.getShort(original, offset));
                case 'C' -> UNSAFE.putChar(copy, offset, UNSAFE.getChar(original, offset));
                default -> throw new IllegalStateException("field type " + plan.types[i]);
            }
        }
    }

    /** Records already found to be deep values (or not), so that each is looked at once per copy. */
    private final IdentityHashMap<Object, Boolean> values = new IdentityHashMap<>();

    /**
     * Whether {@code value} is immutable all the way down: shared kinds, and records and the JDK's
     * unmodifiable collections ({@code List.of}, {@code List.copyOf}…) that hold only such values.
     */
    private boolean immutable(Object value) {
        if (value == null) {
            return true;
        }
        Plan plan = PLANS.get(value.getClass());
        if (plan.kind == Kind.SHARED) {
            return true;
        }
        if (plan.kind != Kind.RECORD && !plan.unmodifiable) {
            return false;
        }
        Boolean known = values.get(value);
        if (known != null) {
            return known;
        }
        values.put(value, Boolean.FALSE); // a cycle is not a value
        boolean result = true;
        if (plan.kind == Kind.RECORD) {
            for (int i = 0; i < plan.components.length && result; i++) {
                Object component = plan.components[i];
                if (((Field) component).getType().isPrimitive()) {
                    continue;
                }
                result = immutable(plan.read(value, i));
            }
        } else {
            Iterable<?> elements = value instanceof Map<?, ?> map ? map.entrySet() : (Iterable<?>) value;
            for (Object element : elements) {
                if (element instanceof Map.Entry<?, ?> entry) {
                    result = immutable(entry.getKey()) && immutable(entry.getValue());
                } else {
                    result = immutable(element);
                }
                if (!result) {
                    break;
                }
            }
        }
        values.put(value, result);
        return result;
    }

    private static boolean hashesAsBefore(Object entry) {
        Plan plan = PLANS.get(entry.getClass());
        Object key = UNSAFE.getObject(entry, plan.keyOffset);
        int stored = UNSAFE.getInt(entry, plan.hashOffset);
        if (plan.concurrent && stored < 0) {
            return true; // a bin of the map's own (tree, forwarding), not an entry
        }
        int h = key == null ? 0 : key.hashCode();
        h = h ^ (h >>> 16);
        if (plan.concurrent) {
            h &= 0x7fffffff;
        }
        return h == stored;
    }

    /**
     * A map whose keys hash by identity (a graph's edge objects) finds nothing in a copy whose keys
     * are new objects: it is filled again, in the order it iterates. That order is the insertion
     * order of a linked map; in a plain hash map it was the identity hashes' anyway.
     */
    private static void rehashIfNeeded(java.util.HashMap<Object, Object> map) {
        boolean stale = false;
        for (Map.Entry<Object, Object> entry : map.entrySet()) {
            Plan plan = PLANS.get(entry.getClass());
            if (plan.hashOffset < 0 || !hashesAsBefore(entry)) {
                stale = true;
                break;
            }
        }
        if (stale) {
            List<Map.Entry<Object, Object>> entries = new ArrayList<>();
            for (Map.Entry<Object, Object> entry : map.entrySet()) {
                entries.add(new java.util.AbstractMap.SimpleEntry<>(entry.getKey(), entry.getValue()));
            }
            map.clear();
            for (Map.Entry<Object, Object> entry : entries) {
                map.put(entry.getKey(), entry.getValue());
            }
        }
    }

    private static Object primitiveArrayClone(Object array) {
        int length = Array.getLength(array);
        Object copy = Array.newInstance(array.getClass().getComponentType(), length);
        System.arraycopy(array, 0, copy, 0, length);
        return copy;
    }

    private static long align(long size) {
        return (size + 7) & ~7L;
    }

    private enum Kind { SHARED, REFUSED, IDENTITY_MAP, PRIMITIVE_ARRAY, OBJECT_ARRAY, RECORD, LAMBDA, OBJECT }

    /** How to copy the objects of one class, worked out once. */
    private static final class Plan {
        Kind kind;
        String why;
        long[] offsets = new long[0];
        char[] types = new char[0];
        long shallowBytes;
        int elementBytes;
        Constructor<?> constructor;
        /** Record accessors or lambda fields, in constructor order. */
        Object[] components = new Object[0];
        /** A record whose every component is a primitive, a string, a box, an enum or such a record: always a value. */
        boolean valueClass;
        /** Whether this is one of the JDK's unmodifiable collections (List.of, Set.of, Map.of and their copies). */
        boolean unmodifiable;
        /** For the entries of HashMap and ConcurrentHashMap: where the key and its spread hash are; -1 otherwise. */
        long hashOffset = -1;
        long keyOffset = -1;
        boolean concurrent;

        static Plan of(Class<?> type) {
            Plan plan = new Plan();
            if (isShared(type)) {
                plan.kind = Kind.SHARED;
            } else if (type.isArray()) {
                Class<?> element = type.getComponentType();
                plan.kind = element.isPrimitive() ? Kind.PRIMITIVE_ARRAY : Kind.OBJECT_ARRAY;
                plan.elementBytes = element == long.class || element == double.class ? 8
                        : element == int.class || element == float.class ? 4
                        : element == short.class || element == char.class ? 2 : 1;
            } else if (type == IdentityHashMap.class) {
                plan.kind = Kind.IDENTITY_MAP;
            } else if (refusal(type) != null) {
                plan.kind = Kind.REFUSED;
                plan.why = refusal(type);
            } else if (type.isRecord()) {
                plan.record(type);
            } else if (type.isHidden()) {
                plan.lambda(type);
            } else {
                plan.object(type);
            }
            return plan;
        }

        Object read(Object original, int i) {
            try {
                Object component = components[i];
                return component instanceof Field field ? field.get(original)
                        : ((java.lang.reflect.Method) component).invoke(original);
            } catch (ReflectiveOperationException failed) {
                throw new IllegalStateException("cannot read a " + original.getClass().getName(), failed);
            }
        }

        private void record(Class<?> type) {
            kind = Kind.RECORD;
            RecordComponent[] parts = type.getRecordComponents();
            Class<?>[] types = new Class<?>[parts.length];
            components = new Object[parts.length];
            try {
                for (int i = 0; i < parts.length; i++) {
                    types[i] = parts[i].getType();
                    // the field itself, not the accessor, which may hand out something else
                    Field field = type.getDeclaredField(parts[i].getName());
                    field.setAccessible(true);
                    components[i] = field;
                }
                constructor = type.getDeclaredConstructor(types);
                constructor.setAccessible(true);
            } catch (ReflectiveOperationException | RuntimeException failed) {
                kind = Kind.REFUSED;
                why = "its canonical constructor is out of reach (" + failed + ")";
            }
            shallowBytes = align(12L + 4L * parts.length);
            valueClass = kind == Kind.RECORD && valueTypes(type, new java.util.HashSet<>());
        }

        private static boolean valueTypes(Class<?> record, java.util.Set<Class<?>> seen) {
            if (!seen.add(record)) {
                return false; // a record that may hold itself is looked at instance by instance
            }
            for (RecordComponent part : record.getRecordComponents()) {
                Class<?> t = part.getType();
                boolean value = t.isPrimitive() || t == String.class || t.isEnum() || isImmutableValue(t)
                        || t == Integer.class || t == Long.class || t == Boolean.class || t == Double.class
                        || t == Float.class || t == Short.class || t == Byte.class || t == Character.class
                        || (t.isRecord() && valueTypes(t, seen));
                if (!value) {
                    return false;
                }
            }
            return true;
        }

        private void lambda(Class<?> type) {
            kind = Kind.LAMBDA;
            Field[] fields = Arrays.stream(type.getDeclaredFields())
                    .filter(field -> !Modifier.isStatic(field.getModifiers()))
                    .sorted(Comparator.comparingInt(Plan::argumentIndex)).toArray(Field[]::new);
            Constructor<?>[] constructors = type.getDeclaredConstructors();
            try {
                if (constructors.length != 1 || constructors[0].getParameterCount() != fields.length) {
                    throw new IllegalStateException("not a lambda's shape");
                }
                constructor = constructors[0];
                constructor.setAccessible(true);
                for (Field field : fields) {
                    field.setAccessible(true);
                }
            } catch (RuntimeException unreachable) {
                kind = Kind.REFUSED;
                why = "its hidden class is out of reach (" + unreachable + ")";
            }
            components = fields;
            shallowBytes = align(12L + 4L * fields.length);
        }

        private static int argumentIndex(Field field) {
            String name = field.getName();
            int dollar = name.lastIndexOf('$');
            try {
                return Integer.parseInt(name.substring(dollar + 1));
            } catch (NumberFormatException notNumbered) {
                return Integer.MAX_VALUE;
            }
        }

        private void object(Class<?> type) {
            kind = Kind.OBJECT;
            String simple = type.getName();
            unmodifiable = simple.startsWith("java.util.ImmutableCollections$") && (simple.endsWith("ListN")
                    || simple.endsWith("List12") || simple.endsWith("SetN") || simple.endsWith("Set12")
                    || simple.endsWith("MapN") || simple.endsWith("Map1"));
            List<Long> offsetList = new ArrayList<>();
            StringBuilder typeList = new StringBuilder();
            long size = 12;
            for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (Modifier.isStatic(field.getModifiers())) {
                        continue;
                    }
                    Class<?> t = field.getType();
                    char code = !t.isPrimitive() ? 'L' : t == long.class ? 'J' : t == int.class ? 'I'
                            : t == double.class ? 'D' : t == float.class ? 'F' : t == boolean.class ? 'Z'
                            : t == byte.class ? 'B' : t == short.class ? 'S' : 'C';
                    offsetList.add(UNSAFE.objectFieldOffset(field));
                    typeList.append(code);
                    size += code == 'J' || code == 'D' ? 8 : code == 'L' || code == 'I' || code == 'F' ? 4
                            : code == 'S' || code == 'C' ? 2 : 1;
                }
            }
            String name = type.getName();
            if (name.startsWith("java.util.HashMap$") || name.startsWith("java.util.LinkedHashMap$")
                    || name.startsWith("java.util.concurrent.ConcurrentHashMap$")) {
                try {
                    Class<?> node = type;
                    while (node != null && !(node.getName().endsWith("$Node") || node.getName().endsWith("$Entry"))) {
                        node = node.getSuperclass();
                    }
                    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                        for (Field field : c.getDeclaredFields()) {
                            if (field.getName().equals("hash") && field.getType() == int.class) {
                                hashOffset = UNSAFE.objectFieldOffset(field);
                            } else if (field.getName().equals("key")) {
                                keyOffset = UNSAFE.objectFieldOffset(field);
                            }
                        }
                    }
                    if (hashOffset < 0 || keyOffset < 0 || node == null) {
                        hashOffset = -1;
                    }
                    concurrent = name.startsWith("java.util.concurrent.");
                } catch (RuntimeException unknownLayout) {
                    hashOffset = -1;
                }
            }
            offsets = offsetList.stream().mapToLong(Long::longValue).toArray();
            types = typeList.toString().toCharArray();
            shallowBytes = align(size);
        }

        private static boolean isShared(Class<?> type) {
            // a bare Object is a sentinel or a lock, compared by identity: the copy must see the same one
            return type == Object.class || type == String.class || type == Class.class || Enum.class.isAssignableFrom(type)
                    || isImmutableValue(type) || type == Integer.class || type == Long.class || type == Boolean.class || type == Double.class
                    || type == Float.class || type == Short.class || type == Byte.class || type == Character.class
                    || type == java.math.BigInteger.class || type == java.math.BigDecimal.class
                    || type.getName().startsWith("java.time.")
                    || type.getName().startsWith("java.lang.reflect.")
                    || type.getName().startsWith("java.lang.invoke.");
        }

        /**
         * A final class of final primitive and string fields, such as a node id: nothing can change
         * it, and its instance may matter (a node id's ordinal is a lookup hint), so the copy shares it.
         */
        private static boolean isImmutableValue(Class<?> type) {
            if (!Modifier.isFinal(type.getModifiers()) || type.isArray() || type.isRecord() || type.isHidden()
                    || type.isEnum() || type.getSuperclass() != Object.class) {
                return false;
            }
            for (Field field : type.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (!Modifier.isStatic(modifiers)
                        && (!Modifier.isFinal(modifiers) || !(field.getType().isPrimitive() || field.getType() == String.class))) {
                    return false;
                }
            }
            return true;
        }

        private static String refusal(Class<?> type) {
            if (Thread.class.isAssignableFrom(type) || ThreadLocal.class.isAssignableFrom(type)) {
                return "a thread belongs to the running program, not to the run";
            }
            if (type == java.util.WeakHashMap.class
                    || java.lang.ref.Reference.class.isAssignableFrom(type)) {
                return "it keys by identity or reachability, which a copy does not keep";
            }
            if (type.getName().startsWith("java.util.concurrent.locks.")
                    || java.io.Closeable.class.isAssignableFrom(type)) {
                return "it holds a lock or an outside resource";
            }
            return null;
        }
    }

    private static Unsafe unsafe() {
        try {
            Field field = Unsafe.class.getDeclaredField("theUnsafe");
            field.setAccessible(true);
            return (Unsafe) field.get(null);
        } catch (ReflectiveOperationException unavailable) {
            throw new ExceptionInInitializerError(unavailable);
        }
    }
}
