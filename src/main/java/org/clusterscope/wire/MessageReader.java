package org.clusterscope.wire;

import static org.clusterscope.wire.BpacketCodec.BEACON;
import static org.clusterscope.wire.BpacketCodec.CLUSTERSCOPE_CHANNEL;
import static org.clusterscope.wire.BpacketCodec.DISCONNECT;
import static org.clusterscope.wire.BpacketCodec.DISCOVERY;
import static org.clusterscope.wire.BpacketCodec.EVENT;
import static org.clusterscope.wire.BpacketCodec.FOREIGN_BIRTH;
import static org.clusterscope.wire.BpacketCodec.FOREIGN_GOODBYE;
import static org.clusterscope.wire.BpacketCodec.FOREIGN_PORT;
import static org.clusterscope.wire.BpacketCodec.OP_DATA;
import static org.clusterscope.wire.BpacketCodec.OP_VOTE;
import static org.clusterscope.wire.BpacketCodec.PING;
import static org.clusterscope.wire.BpacketCodec.QUERY;
import static org.clusterscope.wire.BpacketCodec.RESPONSE;
import static org.clusterscope.wire.MessageWriter.BIRTH_DIFFERS;
import static org.clusterscope.wire.MessageWriter.STATE_BITS;
import static org.clusterscope.wire.MessageWriter.VOTE_DIFFERS;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.NodeState;
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
 * Reads ClusterScope's messages from bpackets (WIRE.md): a packet with ClusterScope's record
 * gives back exactly what was sent; a Tcl member's packets, which have none, get the defaults
 * that let a node process them. The half of {@link BpacketCodec} that decodes. It remembers
 * what a Tcl member's later packets leave out (its tags) and numbers those packets in arrival
 * order, so that a node does not take them for stale.
 */
final class MessageReader {

    private static final NodeState[] STATES = NodeState.values();

    private final Ruids ruids;
    private final Announcements announcements;
    private final TclMembers members = new TclMembers();
    private final Interner interner = new Interner();
    private final AtomicLong foreignSeq = new AtomicLong();

    MessageReader(Ruids ruids, Announcements announcements) {
        this.ruids = ruids;
        this.announcements = announcements;
    }

    Message read(BodyReader body) throws MalformedPacketException {
        return message(Fields.read(body, interner));
    }

    Message read(Packet packet) throws MalformedPacketException {
        return message(Fields.of(packet));
    }

    int remembered() {
        return members.remembered();
    }

    private Message message(Fields f) throws MalformedPacketException {
        NodeId sender = f.sender;
        if (sender == null) {
            throw new MalformedPacketException("packet without sid");
        }
        if (f.type < 0 || f.channel < 0) {
            throw new MalformedPacketException(f.type < 0 ? "packet without type" : "packet without channel");
        }
        // ClusterScope's record; a Tcl member's packets have none
        BodyReader record = f.rawLength < 0 ? null : new BodyReader(f.raw, f.rawOffset, f.rawLength);
        if (f.type == EVENT && f.channel == CLUSTERSCOPE_CHANNEL) {
            return clusterScopeEvent(f, sender, record);
        }
        if (f.type == BEACON) {
            return new Beacon(card(f, sender, record));
        }
        if (f.type == DISCOVERY) {
            if (record == null) {
                announcements.discoveryHeard(); // a Tcl newcomer: the node's answer carries the properties
            }
            return new Probe(card(f, sender, record));
        }
        if (f.type == DISCONNECT) {
            if (record == null) {
                members.forget(f.identity());
            }
            Stamp stamp = stamp(record);
            return new Goodbye(sender, stamp.incarnation, stamp.seq, record == null ? FOREIGN_GOODBYE : f.data);
        }
        if (f.type == PING) {
            NodeId suspect = firstService(f.data);
            if (suspect == null) {
                return foreign(f);
            }
            if (record == null) {
                // a Tcl member answers a ping with its properties, "in case the member has old or
                // invalid values" (cluster-ping.tcl): so does the suspect's answer here
                announcements.discoveryHeard();
            }
            Stamp stamp = stamp(record);
            return new Ping(sender, stamp.incarnation, stamp.seq, suspect);
        }
        if (f.type == QUERY && f.ruid != null) {
            Stamp stamp = stamp(record);
            return new Query(sender, stamp.incarnation, stamp.seq, ruids.queryId(f.ruid), f.data);
        }
        if (f.type == RESPONSE && f.ruid != null) {
            Stamp stamp = stamp(record);
            // a Tcl query hook that failed answers with error instead of data
            String result = f.data != null ? f.data : f.error != null ? "error: " + f.error : null;
            return new Reply(sender, stamp.incarnation, stamp.seq, ruids.queryId(f.ruid), result);
        }
        if (f.type == EVENT && f.channel <= Integer.MAX_VALUE) {
            // a Tcl member's event on one of its channels: ClusterScope's channel data
            return new Data(sender, 0, foreignSeq.incrementAndGet(), (int) f.channel, f.data, List.of());
        }
        // a flush or failure report, an unknown type, a query or response without ruid
        return foreign(f);
    }

    /** Incarnation and sequence number, from the record or, for a Tcl member, 0 and this decoder's counter. */
    private record Stamp(long incarnation, long seq) {
    }

    private Stamp stamp(BodyReader record) throws MalformedPacketException {
        if (record == null) {
            return new Stamp(0, foreignSeq.incrementAndGet());
        }
        return new Stamp(record.micros(), record.varint64());
    }

    private Message clusterScopeEvent(Fields f, NodeId sender, BodyReader record) throws MalformedPacketException {
        if (!OP_VOTE.equals(f.op) && !OP_DATA.equals(f.op)) {
            return foreign(f);
        }
        if (record == null) {
            throw new MalformedPacketException(f.op + " without its record");
        }
        if (OP_VOTE.equals(f.op)) {
            return new Vote(card(f, sender, record));
        }
        Stamp stamp = stamp(record);
        long channel = record.varint64();
        if (channel < 0 || channel > 0xFFFF_FFFFL) {
            throw new MalformedPacketException("record: channel beyond 32 bits");
        }
        List<String> filter = List.of();
        long count = record.varint64();
        if (count != 0) {
            if (count < 0 || count > record.remaining()) {
                throw new MalformedPacketException("record: filter of " + count + " arguments in "
                        + record.remaining() + " bytes");
            }
            List<String> args = new ArrayList<>((int) count);
            for (long i = 0; i < count; i++) {
                args.add(record.string());
            }
            filter = args;
        }
        return new Data(sender, stamp.incarnation, stamp.seq, (int) channel, f.data, filter);
    }

    private NodeCard card(Fields f, NodeId sender, BodyReader record) throws MalformedPacketException {
        if (record == null) {
            // a Tcl member: it takes no part in elections, so it ranks last and votes for itself
            List<String> tags = members.tags(f.identity(), f.tags);
            return new NodeCard(sender, FOREIGN_PORT, FOREIGN_BIRTH, 0, foreignSeq.incrementAndGet(),
                    NodeState.SLAVE, tags, sender);
        }
        long flags = record.varint64();
        if (flags < 0 || flags > (STATE_BITS | BIRTH_DIFFERS | VOTE_DIFFERS) || (flags & STATE_BITS) >= STATES.length) {
            throw new MalformedPacketException("record: card flags " + Long.toUnsignedString(flags));
        }
        long incarnation = record.micros();
        long seq = record.varint64();
        long port = record.varint64();
        if (port < 0 || port > 0xFFFF_FFFFL) {
            throw new MalformedPacketException("record: port beyond 32 bits");
        }
        long birth = incarnation;
        if ((flags & BIRTH_DIFFERS) != 0) {
            long zigzag = record.varint64();
            birth = incarnation + ((zigzag >>> 1) ^ -(zigzag & 1));
        }
        NodeId vote = sender;
        if ((flags & VOTE_DIFFERS) != 0) {
            int n = record.skipString();
            vote = interner.nodeId(record.buffer(), record.position() - n, n, "vote");
        }
        return new NodeCard(sender, (int) port, birth, incarnation, seq, STATES[(int) (flags & STATE_BITS)],
                f.tags == null ? List.of() : f.tags, vote);
    }

    /** The first service a ping names, or null when its data is not a list of services. */
    private static NodeId firstService(String data) {
        if (data == null) {
            return null;
        }
        try {
            List<String> services = TclList.parse(data);
            return services.isEmpty() || services.get(0).isBlank() ? null : new NodeId(services.get(0));
        } catch (IllegalArgumentException notAList) {
            return null;
        }
    }

    private static ForeignPacket foreign(Fields f) {
        return new ForeignPacket(f.sid(), f.type, f.channel, f.op);
    }

    /**
     * The fields a message is made of, read once from the bytes or from a {@link Packet}; the
     * last occurrence wins. Read from bytes, the sender and tags come from the interner and the
     * host id is made into a string only when a Tcl member's packet needs it.
     */
    private static final class Fields {
        long type = -1;
        long channel = -1;
        NodeId sender;
        String ruid;
        String op;
        String data;
        String error;
        List<String> tags;
        byte[] raw;
        int rawOffset;
        int rawLength = -1;
        private String hid;
        private byte[] hidBuf;
        private int hidOffset;
        private int hidLength = -1;

        static Fields read(BodyReader body, Interner interner) throws MalformedPacketException {
            Fields f = new Fields();
            byte[] buf = body.buffer();
            while (body.hasMore()) {
                Field field = body.field();
                switch (field) {
                    case TYPE -> f.type = body.varint();
                    case CHANNEL -> f.channel = body.varint();
                    case SID -> {
                        int n = body.skipString();
                        f.sender = interner.nodeId(buf, body.position() - n, n, "sid");
                    }
                    case HID -> {
                        int n = body.skipString();
                        BodyReader.checkUtf8(buf, body.position() - n, n);
                        f.hidBuf = buf;
                        f.hidOffset = body.position() - n;
                        f.hidLength = n;
                        f.hid = null;
                    }
                    case RUID -> f.ruid = body.string();
                    case OP -> f.op = body.string();
                    case DATA -> f.data = body.string();
                    case ERROR -> f.error = body.string();
                    case TAGS -> {
                        int from = body.skipList();
                        f.tags = interner.list(buf, from, body.position() - from);
                    }
                    case RAW -> {
                        f.rawLength = body.skipRaw();
                        f.raw = buf;
                        f.rawOffset = body.position() - f.rawLength;
                    }
                    default -> body.skipValue(field); // checked, not needed for a message
                }
            }
            return f;
        }

        static Fields of(Packet packet) throws MalformedPacketException {
            Fields f = new Fields();
            f.type = packet.number(Field.TYPE);
            f.channel = packet.number(Field.CHANNEL);
            String sid = packet.sid();
            if (sid != null) {
                if (sid.isBlank()) {
                    throw new MalformedPacketException("blank sid");
                }
                f.sender = new NodeId(sid);
            }
            f.hid = packet.hid();
            f.ruid = packet.text(Field.RUID);
            f.op = packet.text(Field.OP);
            f.data = packet.text(Field.DATA);
            f.error = packet.text(Field.ERROR);
            f.tags = packet.list(Field.TAGS);
            f.raw = (byte[]) packet.get(Field.RAW);
            f.rawOffset = 0;
            f.rawLength = f.raw == null ? -1 : f.raw.length;
            return f;
        }

        String sid() {
            return sender == null ? null : sender.value();
        }

        /** The host id, or null when the packet has none. */
        String hid() throws MalformedPacketException {
            if (hid == null && hidLength >= 0) {
                hid = BodyReader.utf8(hidBuf, hidOffset, hidLength);
            }
            return hid;
        }

        /** How a Tcl member is known: {@code sid@hid} (BPACKET.md). */
        String identity() throws MalformedPacketException {
            return sid() + "@" + hid();
        }
    }
}
