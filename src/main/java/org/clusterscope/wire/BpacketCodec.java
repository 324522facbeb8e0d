package org.clusterscope.wire;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

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
 * ClusterScope's messages in the bpacket format of the Tcl {@code cluster} package
 * (BPACKET.md), so that a ClusterScope node and a Tcl member find each other and answer each
 * other's queries. The mapping is in {@code docs/WIRE.md}; in short:
 *
 * <ul>
 *   <li>goodbye, beacon, probe, ping, query and reply are the template's types 0–5 on channel 0,
 *       with the node's name as {@code sid}, the host id as {@code hid}, protocols {@code t c}
 *       and the port as {@code t {port N}} in {@code data}, as a Tcl member writes them;</li>
 *   <li>votes and channel data are type-6 events on {@link #CLUSTERSCOPE_CHANNEL}, which a Tcl
 *       member has not joined and so drops unread;</li>
 *   <li>what ClusterScope says beyond the template (incarnation, sequence number, birth, state,
 *       vote, a data message's channel and filter) is a small record in the {@code raw} field,
 *       which a Tcl member decodes and leaves alone.</li>
 * </ul>
 *
 * <p>A Tcl member's packets (no record) decode to the same messages with the defaults of
 * WIRE.md: it ranks last in any election (port {@link #FOREIGN_PORT}, birth
 * {@link #FOREIGN_BIRTH}), votes for itself, and its sequence numbers come from this decoder's
 * counter, in arrival order. Use one instance per node (it remembers the tags Tcl members
 * announced and the ruids of their queries); it is safe to share between that node's sockets
 * and threads. Decoding throws nothing but {@link MalformedPacketException}, and counts what it
 * dropped in {@link #counters()}.
 */
public final class BpacketCodec implements Codec {

    /** The channel of ClusterScope's own events (votes, channel data). 67 is 'C'. */
    public static final int CLUSTERSCOPE_CHANNEL = 67;
    /** The host id of a host without a network card, as the Tcl shim writes it. */
    public static final String DEFAULT_HOST_ID = "00:00:00:00:00:00";
    /** The protocols a ClusterScope node announces: TCP first, then UDP multicast (BPACKET.md "Transports"). */
    public static final List<String> PROTOCOLS = List.of("t", "c");
    /** The port given to a Tcl member's card: it ranks last under the {@code port} strategy. */
    public static final int FOREIGN_PORT = Integer.MAX_VALUE;
    /** The birth given to a Tcl member's card: it ranks last under the {@code time} strategy. */
    public static final long FOREIGN_BIRTH = Long.MAX_VALUE;
    /** The reason of a Tcl member's disconnect, which carries none. */
    public static final String FOREIGN_GOODBYE = "disconnect";

    /** A beacon carries the properties at least this often (see {@link #announces}). */
    static final int PROPS_EVERY = 16;

    static final String OP_VOTE = "vote";
    static final String OP_DATA = "data";

    // packet types of the template (BPACKET.md "The cluster template", field 1)
    static final int DISCONNECT = 0;
    static final int BEACON = 1;
    static final int DISCOVERY = 2;
    static final int PING = 3;
    static final int QUERY = 4;
    static final int RESPONSE = 5;
    static final int EVENT = 6;

    private static final NodeState[] STATES = NodeState.values();
    private static final int STATE_BITS = 0x07;
    private static final int BIRTH_DIFFERS = 0x08;
    private static final int VOTE_DIFFERS = 0x10;

    private static final byte[] PROTOCOLS_FIELD = fieldBytes(Field.PROTOCOLS, PROTOCOLS);

    private final String hostId;
    /** The hid field as written in every packet, made once. */
    private final byte[] hostField;
    private final WireCounters counters;
    private final Ruids ruids = new Ruids();
    private final TclMembers members = new TclMembers();
    private final Interner interner = new Interner();
    private final AtomicLong foreignSeq = new AtomicLong();
    /** Per node: beacons sent since the last that carried the properties, and {@link #discoveriesHeard} then. */
    private final Map<NodeId, long[]> announcements = new HashMap<>();
    private long discoveriesHeard;

    public BpacketCodec() {
        this(DEFAULT_HOST_ID);
    }

    /** @param hostId this host's id, its MAC address {@code aa:bb:cc:dd:ee:ff} (a Tcl member with {@code -remote 0} drops packets from any other) */
    public BpacketCodec(String hostId) {
        this(hostId, new WireCounters());
    }

    public BpacketCodec(String hostId, WireCounters counters) {
        this.hostId = Objects.requireNonNull(hostId, "hostId");
        this.hostField = fieldBytes(Field.HID, hostId);
        this.counters = Objects.requireNonNull(counters, "counters");
    }

    public String hostId() {
        return hostId;
    }

    /** What this codec decoded and dropped. */
    public WireCounters counters() {
        return counters;
    }

    /** Entries in this codec's tables (Tcl members' tags, long ruids, announcements): bounded whatever it reads. */
    synchronized int remembered() {
        return members.remembered() + ruids.remembered() + announcements.size();
    }

    // ---- encoding ----------------------------------------------------------------------------

    @Override
    public byte[] encode(Message message) {
        return encode(message, null);
    }

    /**
     * Encodes a message for one node: the packet starts with {@code filter = [to]}, as every
     * Tcl packet to a single service does, so that only {@code to} reads it (BPACKET.md
     * "Transports"). {@code to} null means no filter.
     *
     * @throws IllegalArgumentException for a message type this codec does not know
     */
    public byte[] encode(Message message, NodeId to) {
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
            writeMicros(out, data.incarnation());
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
            if (type == DISCOVERY ? announced(card.id()) : announces(card.id())) {
                out.stringField(Field.DATA, TclProps.ofPort(card.port()));
            }
        }
        out.listField(Field.TAGS, card.tags());
        boolean birthDiffers = card.birth() != card.incarnation();
        boolean voteDiffers = !card.vote().equals(card.id());
        int mark = out.beginRaw(Field.RAW);
        out.varint(card.state().ordinal() | (birthDiffers ? BIRTH_DIFFERS : 0) | (voteDiffers ? VOTE_DIFFERS : 0));
        writeMicros(out, card.incarnation());
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

    /**
     * Whether this beacon of {@code node} carries the properties {@code t {port N}}. A Tcl member
     * keeps the properties it was told and its own periodic beacons carry none; it sends them
     * at start, in discovery and in answers to discovery (BPACKET.md "Discovery as seen on the
     * wire"). A ClusterScope node does the same: its first beacon, the first after a Tcl
     * member's discovery was read (the node's answer to it), and every {@value #PROPS_EVERY}th
     * beacon besides, for members that missed the others. Its own peers read the port from the
     * record and need none of it.
     */
    private synchronized boolean announces(NodeId node) {
        long[] state = announcements.get(node);
        if (state == null) {
            if (announcements.size() >= TclMembers.REMEMBERED) {
                announcements.clear();
            }
            announcements.put(node, new long[] {0, discoveriesHeard});
            return true;
        }
        if (state[1] != discoveriesHeard || ++state[0] >= PROPS_EVERY) {
            state[0] = 0;
            state[1] = discoveriesHeard;
            return true;
        }
        return false;
    }

    /** A probe always carries the properties; the count of beacons without them starts again. */
    private synchronized boolean announced(NodeId node) {
        announcements.remove(node);
        announces(node);
        return true;
    }

    private synchronized void discoveryHeard() {
        discoveriesHeard++;
    }

    /**
     * Microseconds, mostly whole milliseconds in a simulation: a whole non-negative number of
     * milliseconds is {@code ms << 1 | 1}, another value in [1, 2^62) is {@code micros << 1}, and
     * anything else is 0 followed by the value's 64 bits.
     */
    static void writeMicros(BodyWriter out, long micros) {
        if (micros >= 0 && micros % 1000 == 0) {
            out.varint((micros / 1000) << 1 | 1);
        } else if (micros > 0 && micros < (1L << 62)) {
            out.varint(micros << 1);
        } else {
            out.varint(0);
            out.varint(micros);
        }
    }

    static long readMicros(BodyReader in) throws MalformedPacketException {
        long code = in.varint64();
        if ((code & 1) == 1) {
            long ms = code >>> 1;
            if (ms > Long.MAX_VALUE / 1000) {
                throw new MalformedPacketException("record: time of " + ms + " ms overflows");
            }
            return ms * 1000;
        }
        return code == 0 ? in.varint64() : code >>> 1;
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
        writeMicros(out, incarnation);
        out.varint(seq);
        out.endRaw(mark);
    }

    // ---- decoding ----------------------------------------------------------------------------

    @Override
    public Message decode(byte[] packet) throws MalformedPacketException {
        return decode(packet, 0, packet == null ? 0 : packet.length);
    }

    /** Decodes the one framed packet in {@code packet[off, off+len)}. */
    public Message decode(byte[] packet, int off, int len) throws MalformedPacketException {
        try {
            BodyReader body = Bpacket.body(packet, off, len);
            return counted(message(Fields.read(body, interner)));
        } catch (MalformedPacketException e) {
            counters.malformedOne();
            throw e;
        } catch (RuntimeException e) {
            // a decoder must never let a packet crash its node: this is a bug, reported as such
            counters.malformedOne();
            throw new MalformedPacketException("internal decoder error: " + e);
        }
    }

    /** The fields of a packet, for a transport that routes on them (sid, hid, filter, TCP port). */
    public Packet readPacket(byte[] packet) throws MalformedPacketException {
        try {
            return Bpacket.decode(packet);
        } catch (MalformedPacketException e) {
            counters.malformedOne();
            throw e;
        }
    }

    /** The message a decoded packet carries; the same as {@link #decode(byte[])} on its bytes. */
    public Message toMessage(Packet packet) throws MalformedPacketException {
        try {
            return counted(message(Fields.of(packet)));
        } catch (MalformedPacketException e) {
            counters.malformedOne();
            throw e;
        }
    }

    private Message counted(Message message) {
        if (message instanceof ForeignPacket) {
            counters.foreignOne();
        } else {
            counters.decodedOne();
        }
        return message;
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
                discoveryHeard(); // a Tcl newcomer: the node's answer carries the properties
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
        return new Stamp(readMicros(record), record.varint64());
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
        long incarnation = readMicros(record);
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
