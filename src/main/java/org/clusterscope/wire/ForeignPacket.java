package org.clusterscope.wire;

import org.clusterscope.net.Message;

/**
 * A well-formed packet that means nothing to a ClusterScope node: a Tcl member's flush of its
 * properties (type 7) or failure report (type 8), a type the template does not list, an event on
 * the ClusterScope channel with an operation this version does not know. Nodes ignore it (no
 * handler is registered for it); the transport may log it.
 */
public record ForeignPacket(String sid, long type, long channel, String op) implements Message {

    @Override
    public String kind() {
        return "foreign";
    }
}
