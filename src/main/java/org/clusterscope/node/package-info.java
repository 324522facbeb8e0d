/**
 * {@link org.clusterscope.node.ClusterNode}, which composes discovery, an election and the
 * services for one node over the ports a composition root hands it, and the values others
 * build nodes from and look at them through: {@link org.clusterscope.node.NodeSpec},
 * {@link org.clusterscope.protocol.ProtocolConfig}, {@link org.clusterscope.node.NodeSnapshot}.
 */
package org.clusterscope.node;
