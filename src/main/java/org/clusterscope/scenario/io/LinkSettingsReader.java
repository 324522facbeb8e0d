package org.clusterscope.scenario.io;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.clusterscope.net.LinkOverrides;

/** Reads {@code latencyMs}, {@code jitterMs} and {@code loss}, shared by {@code network}, links and {@code setLink}. */
final class LinkSettingsReader {

    private final Values values;

    LinkSettingsReader(Values values) {
        this.values = values;
    }

    Double latency(ObjectNode object, String path, Double fallback) {
        return read(object, path, "latencyMs", 1e7, "a latency in milliseconds", fallback);
    }

    Double jitter(ObjectNode object, String path, Double fallback) {
        return read(object, path, "jitterMs", 1e7, "a jitter in milliseconds", fallback);
    }

    Double loss(ObjectNode object, String path, Double fallback) {
        return read(object, path, "loss", 1, "a loss probability", fallback);
    }

    /** The overrides an object gives; null after reporting a bad one. */
    LinkOverrides overrides(ObjectNode object, String path) {
        Double latency = latency(object, path, null);
        Double jitter = jitter(object, path, null);
        Double loss = loss(object, path, null);
        if ((object.has("latencyMs") && latency == null) || (object.has("jitterMs") && jitter == null)
                || (object.has("loss") && loss == null)) {
            return null;
        }
        return new LinkOverrides(latency, jitter, loss);
    }

    private Double read(ObjectNode object, String path, String field, double max, String what, Double fallback) {
        if (!object.has(field)) {
            return fallback;
        }
        return values.number(object.get(field), JsonPaths.field(path, field), 0, max, what);
    }
}
