package org.clusterscope.node;

import org.clusterscope.protocol.NodeContext;
import org.clusterscope.protocol.ProtocolConfig;
import org.clusterscope.protocol.discovery.PeerTable;
import org.clusterscope.protocol.election.Election;
import org.clusterscope.protocol.election.ElectionHost;
import org.clusterscope.protocol.election.QuorumElection;

/** Makes the election a scenario names; the one place to register a new algorithm. */
final class Elections {

    private Elections() {
    }

    static Election create(ProtocolConfig config, NodeContext ctx, PeerTable table, ElectionHost host) {
        return switch (config.election()) {
            case "quorum" -> new QuorumElection(ctx, table, host, config.strategy());
            default -> throw new IllegalArgumentException("unknown election '" + config.election() + "'");
        };
    }
}
