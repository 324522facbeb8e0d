package org.clusterscope.runtime;

import java.util.ArrayList;
import java.util.List;

import org.clusterscope.core.NodeId;
import org.clusterscope.gdb.GdbRecord;
import org.clusterscope.gdb.GdbSync;
import org.clusterscope.gdb.Version;
import org.clusterscope.net.MalformedPacketException;
import org.clusterscope.wire.BpacketCodec;
import org.clusterscope.wire.Field;
import org.clusterscope.wire.Packet;
import org.clusterscope.wire.RawRecord;

/**
 * A GDB sync (PROTOCOL.md §7) as a bpacket (WIRE.md "GDB sync"): a type-6 event on ClusterScope's
 * channel 67 with {@code op = gdb}, which no other message uses and a Tcl member drops unread, the
 * sender as {@code sid}, and the cluster's records in the {@code raw} record. It lives beside the
 * real transport's packet format because the codec of {@code wire} knows only the protocol's
 * messages, not the GDB's.
 */
final class GdbSyncPacket {

    static final String OP = "gdb";
    private static final long EVENT = 6;

    private static final int HAS_VALUE = 0x01;
    private static final int HAS_BASE = 0x02;
    private static final int NEVER_EXPIRES = 0x04;
    private static final int FLAGS = HAS_VALUE | HAS_BASE | NEVER_EXPIRES;

    private GdbSyncPacket() {
    }

    /** Whether a decoded packet is a GDB sync: then {@link #read} gives its message. */
    static boolean is(Packet packet) {
        return packet.has(Field.TYPE) && packet.type() == EVENT && packet.has(Field.CHANNEL)
                && packet.channel() == BpacketCodec.CLUSTERSCOPE_CHANNEL && OP.equals(packet.text(Field.OP));
    }

    /** The packet of {@code sync} from {@code sender}, for {@code to} (its filter), or for everyone when null. */
    static Packet write(NodeId sender, GdbSync sync, NodeId to) {
        RawRecord.Writer record = new RawRecord.Writer().string(sync.cluster()).varint(sync.records().size());
        for (GdbRecord r : sync.records()) {
            int flags = (r.value() != null ? HAS_VALUE : 0) | (r.base() != null ? HAS_BASE : 0)
                    | (r.expiresAt() == Long.MAX_VALUE ? NEVER_EXPIRES : 0);
            record.varint(flags).string(r.group()).string(r.key());
            if (r.value() != null) {
                record.string(r.value());
            }
            version(record, r.version());
            record.string(r.owner().value());
            if (r.base() != null) {
                version(record, r.base());
            }
            if (r.expiresAt() != Long.MAX_VALUE) {
                record.micros(r.expiresAt());
            }
        }
        Packet.Builder out = Packet.builder();
        if (to != null) {
            out.add(Field.FILTER, List.of(to.value()));
        }
        return out.add(Field.SID, sender.value()).add(Field.TYPE, EVENT)
                .add(Field.CHANNEL, (long) BpacketCodec.CLUSTERSCOPE_CHANNEL).add(Field.OP, OP)
                .add(Field.RAW, record.bytes()).build();
    }

    private static void version(RawRecord.Writer record, Version version) {
        record.micros(version.timestamp()).string(version.writer().value()).varint(version.writerOrder())
                .varint(version.seq());
    }

    /** The sync a packet of {@link #is} carries; a record cut short, out of range or naming nobody is malformed. */
    static GdbSync read(Packet packet) throws MalformedPacketException {
        if (packet.sid() == null || packet.sid().isBlank()) {
            throw new MalformedPacketException("gdb sync without a sender");
        }
        Object raw = packet.get(Field.RAW);
        if (!(raw instanceof byte[] bytes)) {
            throw new MalformedPacketException("gdb sync without its record");
        }
        try {
            RawRecord.Reader in = new RawRecord.Reader(bytes);
            String cluster = in.string();
            long count = in.varint();
            if (count < 0 || count > in.remaining()) {
                throw new MalformedPacketException("record: " + Long.toUnsignedString(count) + " gdb records in "
                        + in.remaining() + " bytes");
            }
            List<GdbRecord> records = new ArrayList<>((int) count);
            for (long i = 0; i < count; i++) {
                long flags = in.varint(FLAGS, "gdb record flags");
                String group = in.string();
                String key = in.string();
                String value = (flags & HAS_VALUE) != 0 ? in.string() : null;
                Version version = version(in);
                NodeId owner = node(in.string());
                Version base = (flags & HAS_BASE) != 0 ? version(in) : null;
                long expiresAt = (flags & NEVER_EXPIRES) != 0 ? Long.MAX_VALUE : in.micros();
                records.add(new GdbRecord(group, key, value, version, owner, base, expiresAt));
            }
            return new GdbSync(cluster, records);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new MalformedPacketException("gdb sync: " + e.getMessage());
        }
    }

    private static Version version(RawRecord.Reader in) throws MalformedPacketException {
        long timestamp = in.micros();
        NodeId writer = node(in.string());
        int order = (int) in.varint(Integer.MAX_VALUE, "writer order");
        long seq = in.varint(Long.MAX_VALUE, "sequence number");
        return new Version(timestamp, writer, order, seq);
    }

    private static NodeId node(String name) throws MalformedPacketException {
        if (name.isBlank()) {
            throw new MalformedPacketException("gdb sync names a blank node");
        }
        return NodeId.of(name);
    }
}
