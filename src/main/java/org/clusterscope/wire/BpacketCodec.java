package org.clusterscope.wire;

import java.util.List;
import java.util.Objects;

import org.clusterscope.core.NodeId;
import org.clusterscope.net.Codec;
import org.clusterscope.net.MalformedPacketException;
import org.clusterscope.net.Message;

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

    /** A beacon carries the properties at least this often (see {@link Announcements}). */
    static final int PROPS_EVERY = Announcements.EVERY;

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

    private final String hostId;
    private final WireCounters counters;
    private final Ruids ruids = new Ruids();
    private final Announcements announcements = new Announcements();
    private final MessageWriter writer;
    private final MessageReader reader;

    public BpacketCodec() {
        this(DEFAULT_HOST_ID);
    }

    /** @param hostId this host's id, its MAC address {@code aa:bb:cc:dd:ee:ff} (a Tcl member with {@code -remote 0} drops packets from any other) */
    public BpacketCodec(String hostId) {
        this(hostId, new WireCounters());
    }

    public BpacketCodec(String hostId, WireCounters counters) {
        this.hostId = Objects.requireNonNull(hostId, "hostId");
        this.counters = Objects.requireNonNull(counters, "counters");
        this.writer = new MessageWriter(hostId, ruids, announcements);
        this.reader = new MessageReader(ruids, announcements);
    }

    public String hostId() {
        return hostId;
    }

    /** What this codec decoded and dropped. */
    public WireCounters counters() {
        return counters;
    }

    /** Entries in this codec's tables (Tcl members' tags, long ruids, announcements): bounded whatever it reads. */
    int remembered() {
        return reader.remembered() + ruids.remembered() + announcements.remembered();
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
        return writer.encode(message, to);
    }

    // ---- decoding ----------------------------------------------------------------------------

    @Override
    public Message decode(byte[] packet) throws MalformedPacketException {
        return decode(packet, 0, packet == null ? 0 : packet.length);
    }

    /** Decodes the one framed packet in {@code packet[off, off+len)}. */
    public Message decode(byte[] packet, int off, int len) throws MalformedPacketException {
        try {
            return counted(reader.read(Bpacket.body(packet, off, len)));
        } catch (MalformedPacketException e) {
            counters.malformedOne();
            throw e;
        } catch (RuntimeException e) {
            throw bug(e);
        }
    }

    /** The fields of a packet, for a transport that routes on them (sid, hid, filter, TCP port). */
    public Packet readPacket(byte[] packet) throws MalformedPacketException {
        try {
            return Bpacket.decode(packet);
        } catch (MalformedPacketException e) {
            counters.malformedOne();
            throw e;
        } catch (RuntimeException e) {
            throw bug(e);
        }
    }

    /** The message a decoded packet carries; the same as {@link #decode(byte[])} on its bytes. */
    public Message toMessage(Packet packet) throws MalformedPacketException {
        try {
            return counted(reader.read(packet));
        } catch (MalformedPacketException e) {
            counters.malformedOne();
            throw e;
        } catch (RuntimeException e) {
            throw bug(e);
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

    /** A decoder must never let a packet crash its node: an exception here is a bug, reported as such. */
    private MalformedPacketException bug(RuntimeException e) {
        counters.malformedOne();
        return new MalformedPacketException("internal decoder error: " + e);
    }
}
