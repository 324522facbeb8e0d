/**
 * Master elections behind the {@link org.clusterscope.protocol.election.Election} interface; the
 * {@code quorum} algorithm of QuorumCluster (PROTOCOL.md §3) is
 * {@link org.clusterscope.protocol.election.QuorumElection}.
 */
package org.clusterscope.protocol.election;
