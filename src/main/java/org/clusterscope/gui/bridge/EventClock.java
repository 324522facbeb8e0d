package org.clusterscope.gui.bridge;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.clusterscope.event.SimEvent;

/**
 * Moves a live cluster's events from wall-clock time (microseconds since the Unix epoch) to time
 * since the run began, so that the canvas, log, chart, timeline and record mode read them as they
 * read a simulation's: {@code t = 12.3 s} is 12.3 s after Run on Real Sockets, and a recorded
 * fault lands at the same instant when the file is replayed in the simulator.
 *
 * <p>Every {@link SimEvent} is a record; its instants are the components named {@code time},
 * {@code arrival} and {@code birth}, shifted here by one rule for every kind, present and future.
 */
public final class EventClock {

    private static final Map<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();

    private final long origin;

    /** @param origin the wall-clock microsecond that becomes 0 */
    public EventClock(long origin) {
        this.origin = origin;
    }

    public long origin() {
        return origin;
    }

    /** The time since the origin of a wall-clock instant. */
    public long since(long wallMicros) {
        return wallMicros - origin;
    }

    /** The same event with its instants counted from the origin. */
    public SimEvent shift(SimEvent event) {
        Shape shape = SHAPES.computeIfAbsent(event.getClass(), Shape::of);
        Object[] values = new Object[shape.components.length];
        try {
            for (int i = 0; i < values.length; i++) {
                Object value = shape.components[i].getAccessor().invoke(event);
                values[i] = shape.instant[i] && value instanceof Long micros && micros != 0 ? micros - origin : value;
            }
            return (SimEvent) shape.constructor.newInstance(values);
        } catch (IllegalAccessException | InstantiationException | InvocationTargetException e) {
            return event; // cannot happen for the public records of SimEvent; an unshifted event is still true
        }
    }

    /** How to take an event kind apart and make it again. */
    private record Shape(RecordComponent[] components, boolean[] instant, Constructor<?> constructor) {

        static Shape of(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Class<?>[] types = new Class<?>[components.length];
            boolean[] instant = new boolean[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                String name = components[i].getName();
                instant[i] = types[i] == long.class
                        && (name.equals("time") || name.equals("arrival") || name.equals("birth"));
            }
            try {
                Constructor<?> constructor = type.getDeclaredConstructor(types);
                constructor.setAccessible(true);
                for (RecordComponent component : components) {
                    component.getAccessor().setAccessible(true);
                }
                return new Shape(components, instant, constructor);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(type + " is not a record", e);
            }
        }
    }
}
