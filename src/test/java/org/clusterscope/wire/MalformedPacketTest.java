package org.clusterscope.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;

import org.clusterscope.net.MalformedPacketException;
import org.junit.jupiter.api.Test;

/** Each kind of broken packet is refused with a reason and counted, never thrown as anything else (WIRE.md). */
class MalformedPacketTest {

    private final BpacketCodec codec = new BpacketCodec();

    /** Vector 5, a periodic Tcl beacon: sid, hid, type, channel, protocols, known. */
    private static final String BEACON =
            "c08d2904085233304732333636031130303a30303a30303a30303a30303a30300101020007020174016305010000";

    private void refused(String hex, String reason) {
        byte[] packet = HexFormat.of().parseHex(hex);
        long before = codec.counters().malformed();
        assertThatThrownBy(() -> codec.decode(packet)).isInstanceOf(MalformedPacketException.class)
                .hasMessageContaining(reason);
        assertThat(codec.counters().malformed()).isEqualTo(before + 1);
    }

    @Test
    void theRealBeaconItselfDecodes() throws Exception {
        assertThat(codec.decode(HexFormat.of().parseHex(BEACON)).kind()).isEqualTo("beacon");
    }

    @Test
    void anUnknownFieldIdCannotBeSkipped() {
        refused("c08d03" + "100100" + "0000", "unknown field id 16");
    }

    @Test
    void aVarintThatNeverEndsOrIsTooLongOrNotShortest() {
        refused("c08d03" + "0180ff" + "0000", "truncated varint");
        refused("c08d0b" + "01ffffffffffffffffff7f" + "0000", "longer than 64 bits");
        refused("c08d0b" + "01ffffffffffffffffff01" + "0000", "larger than 2^63-1");
        refused("c08d03" + "018100" + "0000", "shortest form");
    }

    @Test
    void aTruncatedPacket() {
        refused(BEACON.substring(0, BEACON.length() - 10), "declared length");
        refused("c08d00", "shorter than a header and trailer");
    }

    @Test
    void aHugeDeclaredLength() {
        // 2^40 as the packet's length, then as the length of the sid
        refused("c08d" + "808080808020" + "0000", "declared length 1099511627776");
        refused("c08d07" + "04808080808020" + "0000", "declared length 1099511627776 but only 0 bytes left");
    }

    @Test
    void aStringThatIsNotUtf8() {
        refused("c08d04" + "0402c328" + "0000", "UTF-8");
    }

    @Test
    void aWrongTrailerOrHeader() {
        refused(BEACON.substring(0, BEACON.length() - 4) + "0001", "trailer");
        refused("c08e" + BEACON.substring(4), "header");
    }

    @Test
    void aBooleanThatIsNeitherZeroNorOne() {
        refused("c08d02" + "0d02" + "0000", "boolean");
    }
}
