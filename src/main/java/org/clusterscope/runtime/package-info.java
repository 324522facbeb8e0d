/**
 * Composition roots and the command facade: {@link org.clusterscope.runtime.Simulation} wires an
 * engine, the simulated network and one cluster node per scenario node, and offers the commands
 * the scenario runner and the GUI drive it with, plus the helpers of Bitcoin's functional tests.
 */
package org.clusterscope.runtime;
