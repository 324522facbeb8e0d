package org.clusterscope.gdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The 128-bit cluster id of PROTOCOL.md §7: network id high, cluster id low, 32 hex digits. */
class GuuidTest {

    @Test
    void composesTheNetworkIdIntoTheHighHalfAndTheClusterIdIntoTheLowHalf() {
        Guuid id = Guuid.compose(0x1, 0xAA);

        assertThat(id.netId()).isEqualTo(1);
        assertThat(id.clusterId()).isEqualTo(0xAA);
        assertThat(id.hex()).isEqualTo("0x000000000000000100000000000000AA");
    }

    @Test
    void showsSixtyFourBitIdsUnsigned() {
        assertThat(Guuid.compose(-1L, Long.MIN_VALUE).hex()).isEqualTo("0xFFFFFFFFFFFFFFFF8000000000000000");
    }

    @Test
    void readsTheHexadecimalIdsOfAFile() {
        assertThat(Guuid.parse("0x1", "0xaa")).isEqualTo(Guuid.compose(1, 0xAA));
        assertThat(Guuid.parse("FFFFFFFFFFFFFFFF", "0")).isEqualTo(Guuid.compose(-1L, 0));
        assertThatThrownBy(() -> Guuid.parse("0x1G", "0x1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0x1G");
        assertThatThrownBy(() -> Guuid.parse("0x10000000000000000", "0x1"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
