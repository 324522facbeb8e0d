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
}
