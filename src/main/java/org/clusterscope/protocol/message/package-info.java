/**
 * The messages nodes exchange, as immutable records: probe, beacon and vote carry a
 * {@link org.clusterscope.protocol.message.NodeCard}; goodbye and ping concern membership; data,
 * query and reply carry the services. Every one is stamped with its sender's incarnation and a
 * sequence number (PROTOCOL.md §2).
 */
package org.clusterscope.protocol.message;
