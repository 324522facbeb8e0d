package org.clusterscope.scenario.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import org.clusterscope.core.NodeId;
import org.clusterscope.event.SimEvent;
import org.clusterscope.event.SimListener;

/**
 * Writes the event stream as JSON Lines, one event per line: {@code {"t":10000.5,"type":"node.state",…}}
 * (SCENARIO_FORMAT.md "--trace"). {@code t} is the virtual time in milliseconds, exact to the
 * microsecond; the other fields are the event's own, in declaration order, with node ids as
 * strings, enums in lower case, and the instants {@code arrival} and {@code birth} in
 * milliseconds too. Nothing here depends on the machine, the clock or hash order, so one
 * scenario and seed give the same bytes everywhere.
 *
 * <p>The fields are read from the event records themselves, so an event type added later is
 * traced without touching this class.
 */
public final class TraceWriter implements SimListener, Closeable {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private static final java.util.Set<String> INSTANTS = java.util.Set.of("arrival", "birth");

    private final JsonGenerator out;
    private final Map<Class<?>, RecordComponent[]> components = new HashMap<>();
    private IOException failure;

    public TraceWriter(OutputStream stream) throws IOException {
        this.out = FACTORY.createGenerator(stream, JsonEncoding.UTF8);
        this.out.setRootValueSeparator(null);
    }

    @Override
    public void onEvent(SimEvent event) {
        if (failure != null) {
            return;
        }
        try {
            out.writeStartObject();
            out.writeFieldName("t");
            out.writeNumber(millis(event.time()));
            out.writeStringField("type", event.type());
            for (RecordComponent component : components.computeIfAbsent(event.getClass(), Class::getRecordComponents)) {
                if (component.getName().equals("time")) {
                    continue;
                }
                out.writeFieldName(component.getName());
                Object value = component.getAccessor().invoke(event);
                if (INSTANTS.contains(component.getName()) && value instanceof Long micros) {
                    out.writeNumber(millis(micros));
                } else {
                    write(value);
                }
            }
            out.writeEndObject();
            out.writeRaw('\n');
        } catch (IOException e) {
            failure = e;
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read the fields of " + event.type(), e);
        }
    }

    /** Flushes the trace; reports a write failure that happened during the run. */
    @Override
    public void close() throws IOException {
        try {
            out.close();
        } catch (IOException e) {
            if (failure == null) {
                failure = e;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** Flushes what was written so far, e.g. to read a trace while the run goes on. */
    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(Object value) throws IOException {
        if (value == null) {
            out.writeNull();
        } else if (value instanceof NodeId id) {
            out.writeString(id.value());
        } else if (value instanceof String text) {
            out.writeString(text);
        } else if (value instanceof Boolean flag) {
            out.writeBoolean(flag);
        } else if (value instanceof Integer number) {
            out.writeNumber(number);
        } else if (value instanceof Long number) {
            out.writeNumber(number);
        } else if (value instanceof Double number) {
            out.writeNumber(plain(number));
        } else if (value instanceof Enum<?> constant) {
            out.writeString(constant.toString().toLowerCase(Locale.ROOT).replace('_', '-'));
        } else if (value instanceof List<?> list) {
            out.writeStartArray();
            for (Object element : list) {
                write(element);
            }
            out.writeEndArray();
        } else if (value instanceof Map<?, ?> map) {
            out.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.writeFieldName(String.valueOf(entry.getKey()));
                write(entry.getValue());
            }
            out.writeEndObject();
        } else {
            out.writeString(value.toString());
        }
    }

    /** Microseconds as exact milliseconds: {@code 10000}, {@code 10000.5}. */
    static String millis(long micros) {
        return BigDecimal.valueOf(micros, 3).stripTrailingZeros().toPlainString();
    }

    private static String plain(double value) {
        if (!Double.isFinite(value)) {
            return "null";
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
