package org.clusterscope.protocol.service;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The hooks of one node (PROTOCOL.md §4): {@code service discovered}, {@code service lost},
 * {@code channel N send}, {@code channel N receive} and {@code query}. One hook per point;
 * setting one again replaces it, as re-binding an event does in Tcl.
 */
public final class ServiceHooks {

    private ServiceHook discovered;
    private ServiceHook lost;
    private ServiceHook query;
    private final Map<Integer, ServiceHook> send = new TreeMap<>();
    private final Map<Integer, ServiceHook> receive = new TreeMap<>();

    public void onDiscovered(ServiceHook hook) {
        discovered = hook;
    }

    public void onLost(ServiceHook hook) {
        lost = hook;
    }

    public void onQuery(ServiceHook hook) {
        query = hook;
    }

    public void onChannelSend(int channel, ServiceHook hook) {
        send.put(channel, Objects.requireNonNull(hook, "hook"));
    }

    public void onChannelReceive(int channel, ServiceHook hook) {
        receive.put(channel, Objects.requireNonNull(hook, "hook"));
    }

    ServiceHook discovered() {
        return discovered;
    }

    ServiceHook lost() {
        return lost;
    }

    ServiceHook query() {
        return query;
    }

    ServiceHook send(int channel) {
        return send.get(channel);
    }

    ServiceHook receive(int channel) {
        return receive.get(channel);
    }
}
