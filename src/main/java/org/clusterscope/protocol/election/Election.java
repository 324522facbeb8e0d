package org.clusterscope.protocol.election;

import org.clusterscope.core.NodeId;
import org.clusterscope.protocol.discovery.MembershipListener;

/**
 * A master election on top of discovery. The discovery layer feeds it what it hears (as a
 * {@link MembershipListener}); the election answers with the vote the node's beacons carry and
 * reports its decisions to an {@link ElectionHost}. Other algorithms (Raft leader election,
 * bully) can be added behind this interface without touching discovery (PROTOCOL.md §3).
 */
public interface Election extends MembershipListener {

    /** The algorithm's name in scenario files, e.g. {@code "quorum"}. */
    String name();

    /** The node (re)started with empty tables: vote for itself and open the discovery window. */
    void start();

    /** The candidate this node votes for now; never null while running. */
    NodeId vote();

    /** The last count, or null before the first one. */
    CountResult lastCount();
}
