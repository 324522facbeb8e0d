/**
 * Cellframe-style GDB clusters (PROTOCOL.md §7): a {@link org.clusterscope.gdb.GdbCluster} with
 * its member roles, group mask and record TTL; the networks it lives on
 * ({@link org.clusterscope.gdb.GdbRealm}); and on each node a
 * {@link org.clusterscope.gdb.GdbNode} that holds replicated records, checks writes against the
 * writer's role and syncs with the other holders over the node's transport. Written only
 * against the {@code net} ports, like the protocols.
 */
package org.clusterscope.gdb;
