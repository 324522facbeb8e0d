/**
 * Services on top of membership (PROTOCOL.md §4): tags and their operations, resolvers,
 * channels, hooks that may change or cancel a message, and queries.
 */
package org.clusterscope.protocol.service;
