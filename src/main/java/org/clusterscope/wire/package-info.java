/**
 * Messages on real wires. {@link org.clusterscope.wire.BpacketCodec} speaks the bpacket format
 * of the Tcl {@code cluster} package (BPACKET.md) so that ClusterScope nodes and Tcl members
 * understand each other; {@link org.clusterscope.wire.PacketStream} cuts a TCP stream into
 * packets; {@link org.clusterscope.wire.Bpacket} and {@link org.clusterscope.wire.Packet} read
 * and write any packet of the template field by field. {@code docs/WIRE.md} gives the mapping.
 */
package org.clusterscope.wire;
