package org.clusterscope.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.clusterscope.net.MalformedPacketException;
import org.clusterscope.net.Message;
import org.clusterscope.protocol.message.Beacon;
import org.clusterscope.protocol.message.Vote;
import org.junit.jupiter.api.Test;

/** ClusterScope's messages in bpacket form: exact round trips, and packets a Tcl member accepts (WIRE.md). */
class BpacketCodecTest {

    private final BpacketCodec codec = new BpacketCodec("02:42:ac:11:00:02");

    @Test
    void everyMessageComesBackEqual() throws Exception {
        for (Message message : Messages.all()) {
            byte[] packet = codec.encode(message);
            assertThat(codec.decode(packet)).as(message.toString()).isEqualTo(message);
            assertThat(codec.toMessage(codec.readPacket(packet))).as(message.toString()).isEqualTo(message);
            // and the packet level keeps every byte
            assertThat(Bpacket.encode(Bpacket.decode(packet))).isEqualTo(packet);
        }
    }

    @Test
    void aBeaconHasEveryFieldATclMemberChecks() throws Exception {
        Packet packet = Bpacket.decode(codec.encode(new Beacon(Messages.card("n7"))));

        // cluster-service validate: sid, hid, type, channel, protocols with c
        assertThat(packet.sid()).isEqualTo("n7");
        assertThat(packet.hid()).isEqualTo("02:42:ac:11:00:02");
        assertThat(packet.type()).isEqualTo(1);
        assertThat(packet.channel()).isZero();
        assertThat(packet.list(Field.PROTOCOLS)).containsExactly("t", "c");
        assertThat(packet.text(Field.DATA)).isEqualTo("t {port 7001}");
        assertThat(packet.tcpPort()).hasValue(7001);
        assertThat(packet.list(Field.TAGS)).containsExactly("web");
        // the data is a Tcl dictionary, as a Tcl receiver merges it into the service's properties
        assertThat(TclList.parse(packet.text(Field.DATA))).hasSize(2);
    }

    @Test
    void votesTravelOnTheClusterScopeChannel() throws Exception {
        Packet packet = Bpacket.decode(codec.encode(new Vote(Messages.card("n7"))));

        assertThat(packet.type()).isEqualTo(6);
        assertThat(packet.channel()).isEqualTo(BpacketCodec.CLUSTERSCOPE_CHANNEL);
        assertThat(packet.text(Field.OP)).isEqualTo("vote");
    }

    @Test
    void aMessageForOneNodeStartsWithAFilterNamingIt() throws Exception {
        Packet packet = Bpacket.decode(codec.encode(new Beacon(Messages.card("n7")), Messages.id("n2")));

        assertThat(packet.entries().get(0)).isEqualTo(new Packet.Entry(Field.FILTER, List.of("n2")));
        assertThat(packet.readableBy("n2", "x", List.of())).isTrue();
        assertThat(packet.readableBy("n3", "x", List.of("web"))).isFalse();
        assertThat(packet.readableBy("n7", "x", List.of())).isFalse();
    }

    @Test
    void aTruncatedPacketIsMalformedAndCounted() {
        byte[] packet = codec.encode(new Beacon(Messages.card("n7")));
        byte[] cut = java.util.Arrays.copyOf(packet, packet.length - 3);

        assertThatThrownBy(() -> codec.decode(cut)).isInstanceOf(MalformedPacketException.class);
        assertThat(codec.counters().malformed()).isEqualTo(1);
    }

    @Test
    void beaconsCarryThePortForTclMembersFirstEveryFewBeatsAndInAnswerToATclDiscovery() throws Exception {
        org.clusterscope.protocol.message.NodeCard card = Messages.card("n7");
        List<Boolean> carried = new java.util.ArrayList<>();
        for (int i = 0; i < 2 * BpacketCodec.PROPS_EVERY; i++) {
            carried.add(Bpacket.decode(codec.encode(new Beacon(card))).has(Field.DATA));
        }
        // the first beacon, then every PROPS_EVERY-th
        assertThat(carried.get(0)).isTrue();
        assertThat(carried.subList(1, BpacketCodec.PROPS_EVERY)).containsOnly(false);
        assertThat(carried.get(BpacketCodec.PROPS_EVERY)).isTrue();

        codec.decode(Vectors.number(2).packet()); // a Tcl member's discovery
        assertThat(Bpacket.decode(codec.encode(new Beacon(card))).tcpPort()).hasValue(7001);
        assertThat(Bpacket.decode(codec.encode(new Beacon(card))).has(Field.DATA)).isFalse();
        // a probe always does
        assertThat(Bpacket.decode(codec.encode(new org.clusterscope.protocol.message.Probe(card))).tcpPort()).hasValue(7001);
    }

    @Test
    void aBeaconWithoutPropertiesStillGivesTheCardItsPort() throws Exception {
        Beacon beacon = new Beacon(Messages.card("n7"));
        codec.encode(beacon); // the first carries them

        byte[] second = codec.encode(beacon);

        assertThat(Bpacket.decode(second).has(Field.DATA)).isFalse();
        assertThat(codec.decode(second)).isEqualTo(beacon);
    }

    @Test
    void aTclPingAndEventBecomeAPingAndChannelData() throws Exception {
        Packet ping = Packet.builder().add(Field.SID, "abcd1234").add(Field.HID, "h").add(Field.TYPE, 3)
                .add(Field.CHANNEL, 0).add(Field.PROTOCOLS, List.of("c")).add(Field.DATA, "n7 n8").build();
        Packet event = Packet.builder().add(Field.SID, "abcd1234").add(Field.HID, "h").add(Field.TYPE, 6)
                .add(Field.CHANNEL, 2).add(Field.PROTOCOLS, List.of("c")).add(Field.DATA, "hello").build();
        Packet flush = Packet.builder().add(Field.SID, "abcd1234").add(Field.TYPE, 7).add(Field.CHANNEL, 0).build();

        var decodedPing = (org.clusterscope.protocol.message.Ping) codec.decode(Bpacket.encode(ping));
        var decodedEvent = (org.clusterscope.protocol.message.Data) codec.decode(Bpacket.encode(event));

        assertThat(decodedPing.suspect()).isEqualTo(Messages.id("n7"));
        assertThat(decodedEvent.channel()).isEqualTo(2);
        assertThat(decodedEvent.payload()).isEqualTo("hello");
        assertThat(codec.decode(Bpacket.encode(flush))).isEqualTo(new ForeignPacket("abcd1234", 7, 0, null));
        assertThat(codec.counters().foreign()).isEqualTo(1);
    }

    @Test
    void packetsWithoutSenderTypeOrChannelAreMalformed() {
        Packet noSid = Packet.builder().add(Field.TYPE, 1).add(Field.CHANNEL, 0).build();
        Packet noType = Packet.builder().add(Field.SID, "a").add(Field.CHANNEL, 0).build();
        Packet blank = Packet.builder().add(Field.SID, " ").add(Field.TYPE, 1).add(Field.CHANNEL, 0).build();
        Packet voteWithoutRecord = Packet.builder().add(Field.SID, "a").add(Field.TYPE, 6)
                .add(Field.CHANNEL, BpacketCodec.CLUSTERSCOPE_CHANNEL).add(Field.OP, "vote").build();

        for (Packet packet : List.of(noSid, noType, blank, voteWithoutRecord)) {
            assertThatThrownBy(() -> codec.decode(Bpacket.encode(packet))).as(packet.toString())
                    .isInstanceOf(MalformedPacketException.class);
        }
        assertThat(codec.counters().malformed()).isEqualTo(4);
    }

    @Test
    void longAndNonAsciiRuidsOfTclQueriesComeBackInTheReply() throws Exception {
        for (String ruid : List.of("ql4#7", "q12#12345678", "qé#1", "ql4#7x", "12a", "007")) {
            Packet query = Packet.builder().add(Field.SID, "tclmembr").add(Field.HID, "h").add(Field.TYPE, 4)
                    .add(Field.CHANNEL, 0).add(Field.PROTOCOLS, List.of("t", "c")).add(Field.RUID, ruid)
                    .add(Field.DATA, "q").add(Field.KEEPALIVE, true).build();
            var decoded = (org.clusterscope.protocol.message.Query) codec.decode(Bpacket.encode(query));
            byte[] reply = codec.encode(new org.clusterscope.protocol.message.Reply(Messages.id("n1"), 1, 2,
                    decoded.queryId(), "ok"), decoded.sender());
            assertThat(Bpacket.decode(reply).text(Field.RUID)).as(ruid).isEqualTo(ruid);
        }
    }
}
