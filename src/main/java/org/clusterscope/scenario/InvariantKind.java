package org.clusterscope.scenario;

/** The names an {@code always} expectation may give (SCENARIO_FORMAT.md "expect"). */
public enum InvariantKind {
    /** No component of running nodes holds two masters. */
    AT_MOST_ONE_MASTER_PER_COMPONENT("atMostOneMasterPerComponent"),
    /** No two running nodes are masters at all, wherever they are. */
    AT_MOST_ONE_MASTER("atMostOneMaster"),
    /**
     * Every running holder of a GDB cluster holds the same version of every key once the network
     * has been whole (one component, links up and lossless, the same nodes running) and no record
     * was written for two sync periods (PROTOCOL.md §7).
     */
    GDB_REPLICAS_AGREE("gdbReplicasAgree");

    private final String jsonName;

    InvariantKind(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }

    /** The invariant with this file name, or null. */
    public static InvariantKind fromJson(String name) {
        for (InvariantKind kind : values()) {
            if (kind.jsonName.equals(name)) {
                return kind;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return jsonName;
    }
}
