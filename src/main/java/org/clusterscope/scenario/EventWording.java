package org.clusterscope.scenario;

import java.util.stream.Collectors;

/** A scenario event in a few words, e.g. {@code 3.2s kill n4}, {@code 5s partition {n1,n2}|{n3}}. */
public final class EventWording {

    private EventWording() {
    }

    public static String of(EventDef event) {
        return org.clusterscope.core.SimTime.format(event.at().micros()) + " " + action(event.action());
    }

    public static String action(Action action) {
        if (action instanceof Action.Life life) {
            return life.keyword() + " " + life.target();
        }
        if (action instanceof Action.Partition p) {
            return "partition " + p.groups().stream().map(g -> String.join(",", g)).collect(Collectors.joining("}|{",
                    "{", "}"));
        }
        if (action instanceof Action.Nemesis n) {
            return "nemesis " + n.pattern().jsonName() + (n.node() == null ? "" : " " + n.node());
        }
        if (action instanceof Action.LinkDown d) {
            return "linkDown " + d.a() + "-" + d.b();
        }
        if (action instanceof Action.LinkUp u) {
            return "linkUp " + u.a() + "-" + u.b();
        }
        if (action instanceof Action.SetLink s) {
            LinkOverrides o = s.overrides();
            return ("setLink " + s.a() + "-" + s.b() + (o.latencyMs() == null ? "" : " " + plain(o.latencyMs()) + "ms")
                    + (o.jitterMs() == null ? "" : " ±" + plain(o.jitterMs()) + "ms")
                    + (o.loss() == null ? "" : " loss " + plain(o.loss())));
        }
        if (action instanceof Action.SetTags t) {
            return "tags " + t.node() + " " + t.tags();
        }
        if (action instanceof Action.Note n) {
            return "note";
        }
        return action.keyword();
    }

    private static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
