package org.clusterscope.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clusterscope.core.NodeId;
import org.clusterscope.gdb.GdbSync;
import org.clusterscope.net.MalformedPacketException;
import org.clusterscope.net.Message;
import org.clusterscope.net.real.PacketFormat;
import org.clusterscope.net.real.PacketHeader;
import org.clusterscope.net.real.Protocol;
import org.clusterscope.wire.Bpacket;
import org.clusterscope.wire.BpacketCodec;
import org.clusterscope.wire.Field;
import org.clusterscope.wire.ForeignPacket;
import org.clusterscope.wire.Packet;
import org.clusterscope.wire.PacketStream;
import org.clusterscope.wire.TclList;

/**
 * The bpacket format of the Tcl {@code cluster} package (BPACKET.md) for a real transport: the
 * {@link BpacketCodec} writes the message, and this adds what only the transport knows, the
 * protocols the node announces in priority order and, in beacons and probes, their properties as
 * a Tcl dict ({@code t {port 8081} u {path /tmp/…/n1.sock}}). One instance per node: the codec
 * remembers Tcl members' tags and the ruids of their queries. It lives here, where the real
 * transport is composed, so that {@code net.real} knows no packet format but its own port. A GDB
 * sync, which the codec does not know, is written and read by {@link GdbSyncPacket}.
 */
final class BpacketFormat implements PacketFormat {

    private static final long BEACON = 1;
    private static final long DISCOVERY = 2;

    private final BpacketCodec codec;

    BpacketFormat(String hostId) {
        this.codec = new BpacketCodec(hostId);
    }

    @Override
    public byte[] encode(Message message, PacketHeader header) {
        NodeId to = header.filter().isEmpty() ? null : NodeId.of(header.filter().get(0));
        if (message instanceof GdbSync sync) {
            // the GDB's own event (WIRE.md "GDB sync"): no protocols or properties to announce
            return Bpacket.encode(GdbSyncPacket.write(NodeId.of(header.sid()), sync, to));
        }
        byte[] bytes = codec.encode(message, to);
        if (header.protocols().equals(BpacketCodec.PROTOCOLS) && header.props().keySet().stream()
                .allMatch(letter -> letter.equals(Protocol.TCP.letter()))) {
            return bytes; // the codec already wrote what this node announces
        }
        Packet packet;
        try {
            packet = Bpacket.decode(bytes);
        } catch (MalformedPacketException e) {
            throw new IllegalStateException("the codec wrote a packet it cannot read: " + e.getMessage(), e);
        }
        boolean announces = announces(packet);
        Packet.Builder out = Packet.builder();
        for (Packet.Entry entry : packet.entries()) {
            if (entry.field() == Field.PROTOCOLS) {
                out.add(Field.PROTOCOLS, header.protocols());
            } else if (entry.field() == Field.DATA && announces) {
                out.add(Field.DATA, props(header.props()));
            } else {
                out.add(entry.field(), entry.value());
            }
        }
        return Bpacket.encode(out.build());
    }

    /** Beacons and discovery on the broadcast channel carry the protocol properties in {@code data} (BPACKET.md). */
    private static boolean announces(Packet packet) {
        return (packet.type() == BEACON || packet.type() == DISCOVERY) && packet.channel() == 0;
    }

    private static String props(Map<String, Map<String, String>> props) {
        List<String> dict = new ArrayList<>();
        props.forEach((letter, values) -> {
            List<String> inner = new ArrayList<>();
            values.forEach((key, value) -> {
                inner.add(key);
                inner.add(value);
            });
            dict.add(letter);
            dict.add(TclList.format(inner));
        });
        return TclList.format(dict);
    }

    @Override
    public Decoded decode(byte[] bytes) throws MalformedPacketException {
        Packet packet = codec.readPacket(bytes);
        Message message = GdbSyncPacket.is(packet) ? GdbSyncPacket.read(packet) : codec.toMessage(packet);
        List<String> protocols = packet.list(Field.PROTOCOLS);
        List<String> filter = packet.list(Field.FILTER);
        String data = packet.text(Field.DATA);
        Map<String, Map<String, String>> props = announces(packet) && data != null ? readProps(data) : Map.of();
        PacketHeader header = new PacketHeader(packet.sid(), packet.hid(), protocols, props, filter);
        return new Decoded(header, message instanceof ForeignPacket ? null : message);
    }

    /** {@code t {port 46265}} → {t: {port: 46265}}; what is not a dict of dicts is left out, not an error. */
    private static Map<String, Map<String, String>> readProps(String data) {
        Map<String, Map<String, String>> result = new LinkedHashMap<>();
        try {
            List<String> dict = TclList.parse(data);
            for (int i = 0; i + 1 < dict.size(); i += 2) {
                List<String> inner = TclList.parse(dict.get(i + 1));
                Map<String, String> values = new LinkedHashMap<>();
                for (int j = 0; j + 1 < inner.size(); j += 2) {
                    values.put(inner.get(j), inner.get(j + 1));
                }
                result.put(dict.get(i), values);
            }
        } catch (IllegalArgumentException notADict) {
            return Map.of();
        }
        return result;
    }

    @Override
    public Splitter splitter() {
        // one stream per connection; bytes skipped before a header are counted in the codec's counters
        PacketStream stream = new PacketStream(codec.counters());
        return (bytes, length, packets) -> stream.feed(bytes, 0, length).forEach(packets);
    }
}
