package org.clusterscope.gdb;

/**
 * How a cluster keeps its links (PROTOCOL.md §7). The simulator shows it; replication is the
 * same for every role, since links here are the scenario's.
 */
public enum ClusterRole { EMBEDDED, AUTONOMIC, ISOLATED, SYSTEM, VIRTUAL }
