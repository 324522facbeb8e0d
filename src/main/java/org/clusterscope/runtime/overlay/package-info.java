/**
 * Public mode (PROTOCOL.md §8): each public node's maintenance rounds, connection requests and
 * answers, and the discovered links they open and close on the simulated network. Deterministic
 * like the engine it runs on: time and randomness come from the engine's clock and each node's
 * own named stream, drawn only while public mode is on.
 */
package org.clusterscope.runtime.overlay;
