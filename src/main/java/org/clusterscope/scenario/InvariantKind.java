package org.clusterscope.scenario;

/** The names an {@code always} expectation may give (SCENARIO_FORMAT.md "expect"). */
public enum InvariantKind {
    /** No component of running nodes holds two masters. */
    AT_MOST_ONE_MASTER_PER_COMPONENT("atMostOneMasterPerComponent"),
    /** No two running nodes are masters at all, wherever they are. */
    AT_MOST_ONE_MASTER("atMostOneMaster");

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
