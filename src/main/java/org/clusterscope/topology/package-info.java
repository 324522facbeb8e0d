/**
 * Topologies as graphs (PROTOCOL.md §5): the {@link org.clusterscope.topology.Topology} model,
 * Tezt-style builders in {@link org.clusterscope.topology.Topologies} (create, connect, clique,
 * ring, star and their meta forms over any elements) and canvas
 * {@link org.clusterscope.topology.Layouts}. Pure values on JGraphT: nothing here runs a
 * simulation or draws.
 */
package org.clusterscope.topology;
