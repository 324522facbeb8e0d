/**
 * The simulated network (PROTOCOL.md §6): {@link org.clusterscope.net.sim.SimNetwork} gives each
 * node a {@link org.clusterscope.net.Transport} and moves packets hop by hop over links with
 * latency, jitter and loss, as tasks of the deterministic engine. Faults are small objects: a
 * link's own state (up, cut, settings), a {@code PartitionTable} that says which pairs may share a
 * link, and the named {@link org.clusterscope.net.sim.Nemesis} patterns that compute partitions.
 * Nothing here knows about nodes' protocols, the GUI or real sockets.
 */
package org.clusterscope.net.sim;
