package org.clusterscope.wire;

import static org.clusterscope.wire.BpacketCodec.BEACON;
import static org.clusterscope.wire.BpacketCodec.CLUSTERSCOPE_CHANNEL;
import static org.clusterscope.wire.BpacketCodec.DISCONNECT;
import static org.clusterscope.wire.BpacketCodec.DISCOVERY;
import static org.clusterscope.wire.BpacketCodec.EVENT;
import static org.clusterscope.wire.BpacketCodec.OP_DATA;
import static org.clusterscope.wire.BpacketCodec.OP_VOTE;
import static org.clusterscope.wire.BpacketCodec.PING;
import static org.clusterscope.wire.BpacketCodec.PROTOCOLS;
import static org.clusterscope.wire.BpacketCodec.QUERY;
import static org.clusterscope.wire.BpacketCodec.RESPONSE;

import java.util.List;

import org.clusterscope.core.NodeId;
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
 * Writes ClusterScope's messages as bpackets (WIRE.md): the template's fields a Tcl member reads,
 * then ClusterScope's record in {@code raw}. The half of {@link BpacketCodec} that encodes.
 */
final class MessageWriter {

    static final int STATE_BITS = 0x07;
    static final int BIRTH_DIFFERS = 0x08;
    static final int VOTE_DIFFERS = 0x10;

    private static final byte[] PROTOCOLS_FIELD = fieldBytes(Field.PROTOCOLS, PROTOCOLS);

    /** The hid field as written in every packet, made once. */
    private final byte[] hostField;
    private final Ruids ruids;
    private final Announcements announcements;

    MessageWriter(String hostId, Ruids ruids, Announcements announcements) {
        this.hostField = fieldBytes(Field.HID, hostId);
        this.ruids = ruids;
        this.announcements = announcements;
    }

    byte[] encode(Message message, NodeId to) {
        BodyWriter out = new BodyWriter();
        if (to != null) {
            out.listField(Field.FILTER, to.value());
        }
        if (message instanceof Beacon beacon) {
            membership(out, BEACON, beacon.card());
        } else if (message instanceof Vote vote) {
            membership(out, EVENT, vote.card());
        } else if (message instanceof Query query) {
            tclHeader(out, query.sender(), QUERY);
            out.stringField(Field.RUID, ruids.ruid(query.queryId()));
            optionalData(out, query.payload());
            out.booleanField(Field.KEEPALIVE, true);
            stamp(out, query.incarnation(), query.seq());
        } else if (message instanceof Reply reply) {
            tclHeader(out, reply.sender(), RESPONSE);
            // no keepalive: a Tcl member closes the connection after a response whatever it says
            out.stringField(Field.RUID, ruids.ruid(reply.queryId()));
            optionalData(out, reply.result());
            stamp(out, reply.incarnation(), reply.seq());
        } else if (message instanceof Probe probe) {
            membership(out, DISCOVERY, probe.card());
        } else if (message instanceof Goodbye goodbye) {
            tclHeader(out, goodbye.sender(), DISCONNECT);
            optionalData(out, goodbye.reason());
            stamp(out, goodbye.incarnation(), goodbye.seq());
        } else if (message instanceof Ping ping) {
            tclHeader(out, ping.sender(), PING);
            // a Tcl ping's data is the list of services asked to answer
            out.stringField(Field.DATA, TclList.format(List.of(ping.suspect().value())));
            stamp(out, ping.incarnation(), ping.seq());
        } else if (message instanceof Data data) {
            eventHeader(out, data.sender(), OP_DATA);
            optionalData(out, data.payload());
            int mark = out.beginRaw(Field.RAW);
            out.micros(data.incarnation());
            out.varint(data.seq());
            out.varint(Integer.toUnsignedLong(data.channel()));
            out.varint(data.filter().size());
            for (String arg : data.filter()) {
                out.string(arg);
            }
            out.endRaw(mark);
        } else {
            throw new IllegalArgumentException("no bpacket form for a " + message.kind() + " message");
        }
        return out.frame();
    }

    /** Probe, beacon and vote: what a Tcl member needs to know a service, then the card's record. */
    private void membership(BodyWriter out, int type, NodeCard card) {
        if (type == EVENT) {
            eventHeader(out, card.id(), OP_VOTE);
        } else {
            tclHeader(out, card.id(), type);
            if (type == DISCOVERY ? announcements.probe(card.id()) : announcements.beacon(card.id())) {
                out.stringField(Field.DATA, TclProps.ofPort(card.port()));
            }
        }
        out.listField(Field.TAGS, card.tags());
        boolean birthDiffers = card.birth() != card.incarnation();
        boolean voteDiffers = !card.vote().equals(card.id());
        int mark = out.beginRaw(Field.RAW);
        out.varint(card.state().ordinal() | (birthDiffers ? BIRTH_DIFFERS : 0) | (voteDiffers ? VOTE_DIFFERS : 0));
        out.micros(card.incarnation());
        out.varint(card.seq());
        out.varint(Integer.toUnsignedLong(card.port()));
        if (birthDiffers) {
            long delta = card.birth() - card.incarnation(); // wraps, and wraps back on decoding
            out.varint((delta << 1) ^ (delta >> 63));
        }
        if (voteDiffers) {
            out.string(card.vote().value());
        }
        out.endRaw(mark);
    }

    private static byte[] fieldBytes(Field field, Object value) {
        BodyWriter out = new BodyWriter();
        out.field(field, value);
        return out.body();
    }

    /** The fields every packet a Tcl member reads has (its {@code validate} needs all of them). */
    private void tclHeader(BodyWriter out, NodeId sender, int type) {
        out.stringField(Field.SID, sender.value());
        out.bytes(hostField, 0, hostField.length);
        out.varintField(Field.TYPE, type);
        out.varintField(Field.CHANNEL, 0);
        out.bytes(PROTOCOLS_FIELD, 0, PROTOCOLS_FIELD.length);
    }

    /**
     * ClusterScope's events: a Tcl member drops a packet on a channel it has not joined as soon
     * as it is decoded, before it looks at the host or protocols, so they are left out.
     */
    private static void eventHeader(BodyWriter out, NodeId sender, String op) {
        out.stringField(Field.SID, sender.value());
        out.varintField(Field.TYPE, EVENT);
        out.varintField(Field.CHANNEL, CLUSTERSCOPE_CHANNEL);
        out.stringField(Field.OP, op);
    }

    private static void optionalData(BodyWriter out, String text) {
        if (text != null) {
            out.stringField(Field.DATA, text);
        }
    }

    private static void stamp(BodyWriter out, long incarnation, long seq) {
        int mark = out.beginRaw(Field.RAW);
        out.micros(incarnation);
        out.varint(seq);
        out.endRaw(mark);
    }
}
