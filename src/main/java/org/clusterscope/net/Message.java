package org.clusterscope.net;

/**
 * What nodes send each other. The network carries messages without looking inside; it only
 * reads {@link #kind()} to report and draw them ("beacon", "probe", "vote", "goodbye", "ping",
 * "query", "reply", "data", "gdb.sync", …). Implementations are immutable values.
 */
public interface Message {

    /** A short lower-case name of the message type; stable, used in traces. */
    String kind();
}
