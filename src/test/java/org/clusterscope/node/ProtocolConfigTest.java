package org.clusterscope.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import org.clusterscope.protocol.ProtocolConfig;
import org.clusterscope.protocol.Strategy;

/** The protocol block's defaults and checks (SCENARIO_FORMAT.md "protocol"). */
class ProtocolConfigTest {

    @Test
    void defaultsAreThoseOfTheProtocol() {
        ProtocolConfig config = ProtocolConfig.defaults();

        assertThat(config).isEqualTo(new ProtocolConfig("quorum", Strategy.PORT, 1000, 3500, 16));
        assertThat(config.heartbeatMicros()).isEqualTo(1_000_000);
        assertThat(config.ttlMicros()).isEqualTo(3_500_000);
    }

    @Test
    void badValuesAreClearErrors() {
        assertThatThrownBy(() -> new ProtocolConfig("raft", Strategy.PORT, 1000, 3500, 16))
                .hasMessage("unknown election 'raft' (expected one of quorum)");
        assertThatThrownBy(() -> ProtocolConfig.defaults().withTimings(0, 3500))
                .hasMessage("heartbeatMs must be positive, got 0");
        assertThatThrownBy(() -> ProtocolConfig.defaults().withBeaconHops(-1))
                .hasMessage("beaconHops must not be negative, got -1");
    }
}
