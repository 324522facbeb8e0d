package org.clusterscope.wire;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.NodeState;
import org.clusterscope.net.Codec;
import org.clusterscope.net.MalformedPacketException;
import org.clusterscope.net.Message;
import org.clusterscope.protocol.message.Beacon;
import org.clusterscope.protocol.message.Data;
import org.clusterscope.protocol.message.Goodbye;
import org.clusterscope.protocol.message.NodeCard;
import org.clusterscope.protocol.message.Ping;
import org.clusterscope.protocol.message.Probe;
import org.clusterscope.protocol.message.Query;
import org.clusterscope.protocol.message.Reply;
import org.clusterscope.protocol.message.Vote;

/**
 * ClusterScope's messages as compact JSON, one object per message, named by {@code kind}
 * (the message's own {@link Message#kind()}, never a Java class name) and holding the record's
 * fields by their names, e.g.
 * {@code {"kind":"ping","sender":"n4","incarnation":7,"seq":8,"suspect":"n5"}}; probe, beacon and
 * vote hold their {@code card} as a nested object. Absent (null) strings are left out. For
 * comparison with the bpacket form and for traces; only ClusterScope nodes read it.
 *
 * <p>Written and read with Jackson's streaming API: fields may come in any order, unknown
 * fields are skipped, and anything else wrong is a {@link MalformedPacketException}.
 */
public final class JsonCodec implements Codec {

    /** Longer documents, deeper nesting and longer numbers than a message needs are refused while reading. */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(8).maxNumberLength(24).maxStringLength(1 << 20).maxDocumentLength(1L << 22).build())
            .build();

    @Override
    public byte[] encode(Message message) {
        try (ByteArrayBuilder bytes = new ByteArrayBuilder(160);
                JsonGenerator out = FACTORY.createGenerator(bytes)) {
            out.writeStartObject();
            out.writeStringField("kind", message.kind());
            if (message instanceof Beacon beacon) {
                card(out, beacon.card());
            } else if (message instanceof Probe probe) {
                card(out, probe.card());
            } else if (message instanceof Vote vote) {
                card(out, vote.card());
            } else if (message instanceof Goodbye goodbye) {
                stamp(out, goodbye.sender(), goodbye.incarnation(), goodbye.seq());
                optional(out, "reason", goodbye.reason());
            } else if (message instanceof Ping ping) {
                stamp(out, ping.sender(), ping.incarnation(), ping.seq());
                out.writeStringField("suspect", ping.suspect().value());
            } else if (message instanceof Query query) {
                stamp(out, query.sender(), query.incarnation(), query.seq());
                out.writeNumberField("queryId", query.queryId());
                optional(out, "payload", query.payload());
            } else if (message instanceof Reply reply) {
                stamp(out, reply.sender(), reply.incarnation(), reply.seq());
                out.writeNumberField("queryId", reply.queryId());
                optional(out, "result", reply.result());
            } else if (message instanceof Data data) {
                stamp(out, data.sender(), data.incarnation(), data.seq());
                out.writeNumberField("channel", data.channel());
                optional(out, "payload", data.payload());
                strings(out, "filter", data.filter());
            } else {
                throw new IllegalArgumentException("no JSON form for a " + message.kind() + " message");
            }
            out.writeEndObject();
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("writing JSON into memory failed", e);
        }
    }

    private static void card(JsonGenerator out, NodeCard card) throws IOException {
        out.writeObjectFieldStart("card");
        out.writeStringField("id", card.id().value());
        out.writeNumberField("port", card.port());
        out.writeNumberField("birth", card.birth());
        out.writeNumberField("incarnation", card.incarnation());
        out.writeNumberField("seq", card.seq());
        out.writeStringField("state", card.state().jsonName());
        strings(out, "tags", card.tags());
        out.writeStringField("vote", card.vote().value());
        out.writeEndObject();
    }

    private static void stamp(JsonGenerator out, NodeId sender, long incarnation, long seq) throws IOException {
        out.writeStringField("sender", sender.value());
        out.writeNumberField("incarnation", incarnation);
        out.writeNumberField("seq", seq);
    }

    private static void optional(JsonGenerator out, String name, String value) throws IOException {
        if (value != null) {
            out.writeStringField(name, value);
        }
    }

    private static void strings(JsonGenerator out, String name, List<String> values) throws IOException {
        out.writeArrayFieldStart(name);
        for (String value : values) {
            out.writeString(value);
        }
        out.writeEndArray();
    }

    // ---- decoding ----------------------------------------------------------------------------

    @Override
    public Message decode(byte[] packet) throws MalformedPacketException {
        if (packet == null) {
            throw new MalformedPacketException("no packet");
        }
        try (JsonParser in = FACTORY.createParser(packet)) {
            Fields f = new Fields();
            expect(in.nextToken(), JsonToken.START_OBJECT, "a message object");
            f.read(in, false);
            if (in.nextToken() != null) {
                throw new MalformedPacketException("JSON continues after the message object");
            }
            return f.message();
        } catch (MalformedPacketException e) {
            throw e;
        } catch (JsonProcessingException e) {
            throw new MalformedPacketException("not a JSON message: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new MalformedPacketException("not a JSON message: " + e.getMessage());
        } catch (RuntimeException e) {
            throw new MalformedPacketException("internal decoder error: " + e);
        }
    }

    private static void expect(JsonToken token, JsonToken wanted, String what) throws MalformedPacketException {
        if (token != wanted) {
            throw new MalformedPacketException("expected " + what + " but found " + token);
        }
    }

    /** The fields of one message object (and of its card), whatever their order. */
    private static final class Fields {
        String kind;
        String id;
        String sender;
        Integer port;
        Long birth;
        Long incarnation;
        Long seq;
        String state;
        List<String> tags;
        String vote;
        String reason;
        String suspect;
        Long queryId;
        String payload;
        String result;
        Integer channel;
        List<String> filter;
        Fields card;

        void read(JsonParser in, boolean isCard) throws IOException, MalformedPacketException {
            while (in.nextToken() == JsonToken.FIELD_NAME) {
                String name = in.currentName();
                JsonToken value = in.nextToken();
                switch (name) {
                    case "kind" -> kind = text(in, value, name);
                    case "id" -> id = text(in, value, name);
                    case "sender" -> sender = text(in, value, name);
                    case "port" -> port = (int) number(in, value, name, true);
                    case "birth" -> birth = number(in, value, name, false);
                    case "incarnation" -> incarnation = number(in, value, name, false);
                    case "seq" -> seq = number(in, value, name, false);
                    case "state" -> state = text(in, value, name);
                    case "tags" -> tags = list(in, value, name);
                    case "vote" -> vote = text(in, value, name);
                    case "reason" -> reason = text(in, value, name);
                    case "suspect" -> suspect = text(in, value, name);
                    case "queryId" -> queryId = number(in, value, name, false);
                    case "payload" -> payload = text(in, value, name);
                    case "result" -> result = text(in, value, name);
                    case "channel" -> channel = (int) number(in, value, name, true);
                    case "filter" -> filter = list(in, value, name);
                    case "card" -> {
                        if (isCard) {
                            throw new MalformedPacketException("a card inside a card");
                        }
                        expect(value, JsonToken.START_OBJECT, "an object for card");
                        card = new Fields();
                        card.read(in, true);
                    }
                    default -> in.skipChildren(); // a later version's field
                }
            }
            expect(in.currentToken(), JsonToken.END_OBJECT, "the end of the object");
        }

        Message message() throws MalformedPacketException {
            String what = required(kind, "kind");
            switch (what) {
                case "beacon":
                    return new Beacon(card());
                case "probe":
                    return new Probe(card());
                case "vote":
                    return new Vote(card());
                case "goodbye":
                    return new Goodbye(node(sender, "sender"), required(incarnation, "incarnation"), required(seq, "seq"),
                            reason);
                case "ping":
                    return new Ping(node(sender, "sender"), required(incarnation, "incarnation"), required(seq, "seq"),
                            node(suspect, "suspect"));
                case "query":
                    return new Query(node(sender, "sender"), required(incarnation, "incarnation"), required(seq, "seq"),
                            required(queryId, "queryId"), payload);
                case "reply":
                    return new Reply(node(sender, "sender"), required(incarnation, "incarnation"), required(seq, "seq"),
                            required(queryId, "queryId"), result);
                case "data":
                    return new Data(node(sender, "sender"), required(incarnation, "incarnation"), required(seq, "seq"),
                            required(channel, "channel"), payload, filter == null ? List.of() : filter);
                default:
                    throw new MalformedPacketException("unknown message kind '" + what + "'");
            }
        }

        private NodeCard card() throws MalformedPacketException {
            Fields c = required(card, "card");
            NodeState parsed;
            try {
                parsed = NodeState.parse(required(c.state, "state"));
            } catch (IllegalArgumentException e) {
                throw new MalformedPacketException(e.getMessage());
            }
            return new NodeCard(node(c.id, "id"), required(c.port, "port"), required(c.birth, "birth"),
                    required(c.incarnation, "incarnation"), required(c.seq, "seq"), parsed,
                    c.tags == null ? List.of() : c.tags, node(c.vote, "vote"));
        }

        private static <T> T required(T value, String name) throws MalformedPacketException {
            if (value == null) {
                throw new MalformedPacketException("message without " + name);
            }
            return value;
        }

        private static NodeId node(String name, String field) throws MalformedPacketException {
            if (required(name, field).isBlank()) {
                throw new MalformedPacketException("blank " + field);
            }
            return new NodeId(name);
        }

        private static String text(JsonParser in, JsonToken value, String name) throws IOException, MalformedPacketException {
            if (value == JsonToken.VALUE_NULL) {
                return null;
            }
            expect(value, JsonToken.VALUE_STRING, "a string for " + name);
            return in.getText();
        }

        private static long number(JsonParser in, JsonToken value, String name, boolean isInt)
                throws IOException, MalformedPacketException {
            expect(value, JsonToken.VALUE_NUMBER_INT, "an integer for " + name);
            return isInt ? in.getIntValue() : in.getLongValue();
        }

        private static List<String> list(JsonParser in, JsonToken value, String name)
                throws IOException, MalformedPacketException {
            expect(value, JsonToken.START_ARRAY, "a list for " + name);
            List<String> values = new ArrayList<>();
            JsonToken element;
            while ((element = in.nextToken()) != JsonToken.END_ARRAY) {
                expect(element, JsonToken.VALUE_STRING, "strings in " + name);
                values.add(in.getText());
            }
            return values;
        }
    }
}
