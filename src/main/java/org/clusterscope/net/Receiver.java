package org.clusterscope.net;

/** The node side of a {@link Transport}: called on the node's own thread, one envelope at a time. */
@FunctionalInterface
public interface Receiver {

    void receive(Envelope envelope);
}
