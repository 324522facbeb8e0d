/**
 * Discovery and failure detection (PROTOCOL.md §2): probes, periodic beacons, probe answers, the
 * peer table with its connected, lost and dispatched sets, silence turned into losses, goodbyes
 * into dispatches, and the self-healing ping. One handler per message, one task per timer.
 */
package org.clusterscope.protocol.discovery;
