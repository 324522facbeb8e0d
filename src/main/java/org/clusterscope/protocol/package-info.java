/**
 * What a cluster node does (PROTOCOL.md §1–4), written only against the ports of
 * {@code org.clusterscope.net}: the same code runs on the simulated network and on real sockets.
 * {@link org.clusterscope.protocol.LocalNode} is the node's view of itself,
 * {@link org.clusterscope.protocol.NodeContext} the ports its protocols share, and
 * {@link org.clusterscope.protocol.MessageRouter} hands each received message to its handler.
 */
package org.clusterscope.protocol;
