package org.clusterscope.runtime;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import org.clusterscope.core.NodeId;
import org.clusterscope.net.LinkOverrides;
import org.clusterscope.net.NemesisPattern;

/**
 * Everything that can be done to a running cluster, in one vocabulary: a scenario event is a
 * timed command, the window's menus, context menu, cut tool and link panel produce commands,
 * a fuzz schedule is a list of timed commands, and record mode saves the commands applied by
 * hand back into the file. {@link Simulation#apply(Command)} and the live cluster apply them.
 *
 * <p>Every consumer goes through a {@link Handler}, one method per kind: a new kind of command
 * that some consumer does not handle does not compile.
 */
public sealed interface Command {

    /** The field name of this command in a scenario file, e.g. {@code "kill"}. */
    String keyword();

    <R> R accept(Handler<R> handler);

    /** One method per kind of command; implement it to consume commands exhaustively. */
    interface Handler<R> {
        R life(Life command);

        R partition(Partition command);

        R nemesis(Nemesis command);

        R heal(Heal command);

        R linkDown(LinkDown command);

        R linkUp(LinkUp command);

        R setLink(SetLink command);

        R setTags(SetTags command);

        R note(Note command);

        R gdbWrite(GdbWrite command);

        R gdbDelete(GdbDelete command);

        R netDown(NetDown command);

        R netUp(NetUp command);

        R closeLink(CloseLink command);

        R setPrivate(SetPrivate command);
    }

    /** The four life actions on one node. */
    enum LifeKind {
        KILL, QUIT, RESTART, START;

        public String keyword() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static Life kill(NodeId node) {
        return new Life(LifeKind.KILL, NodeTarget.node(node));
    }

    static Life quit(NodeId node) {
        return new Life(LifeKind.QUIT, NodeTarget.node(node));
    }

    static Life restart(NodeId node) {
        return new Life(LifeKind.RESTART, NodeTarget.node(node));
    }

    static Life start(NodeId node) {
        return new Life(LifeKind.START, NodeTarget.node(node));
    }

    /** Kills whoever is master when the command is applied. */
    static Life killMaster() {
        return new Life(LifeKind.KILL, NodeTarget.master());
    }

    /** {@code kill}, {@code quit}, {@code restart} or {@code start} of a node or of {@code @master}. */
    record Life(LifeKind kind, NodeTarget target) implements Command {
        public Life {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(target, "target");
        }

        public String keyword() {
            return kind.keyword();
        }

        public <R> R accept(Handler<R> handler) {
            return handler.life(this);
        }
    }

    /** {@code partition}: these groups, plus one group of every node not named. */
    record Partition(List<List<NodeId>> groups) implements Command {
        public Partition {
            groups = groups.stream().map(List::copyOf).toList();
        }

        public String keyword() {
            return "partition";
        }

        public <R> R accept(Handler<R> handler) {
            return handler.partition(this);
        }
    }

    /** {@code nemesis}: a named pattern; {@code node} is the one to cut off for {@code isolate}, or null. */
    record Nemesis(NemesisPattern pattern, NodeId node) implements Command {
        public Nemesis {
            Objects.requireNonNull(pattern, "pattern");
            if (node != null && pattern != NemesisPattern.ISOLATE) {
                throw new IllegalArgumentException("only the isolate nemesis takes a node, not " + pattern);
            }
        }

        public Nemesis(NemesisPattern pattern) {
            this(pattern, null);
        }

        public String keyword() {
            return "nemesis";
        }

        public <R> R accept(Handler<R> handler) {
            return handler.nemesis(this);
        }
    }

    /** {@code heal}: removes every partition and brings every link back up. */
    record Heal() implements Command {
        public String keyword() {
            return "heal";
        }

        public <R> R accept(Handler<R> handler) {
            return handler.heal(this);
        }
    }

    /** {@code linkDown}: takes the link between a and b down. */
    record LinkDown(NodeId a, NodeId b) implements Command {
        public LinkDown {
            Objects.requireNonNull(a, "a");
            Objects.requireNonNull(b, "b");
        }

        public String keyword() {
            return "linkDown";
        }

        public <R> R accept(Handler<R> handler) {
            return handler.linkDown(this);
        }
    }

    /** {@code linkUp}: brings the link between a and b back up. */
    record LinkUp(NodeId a, NodeId b) implements Command {
        public LinkUp {
            Objects.requireNonNull(a, "a");
            Objects.requireNonNull(b, "b");
        }

        public String keyword() {
            return "linkUp";
        }

        public <R> R accept(Handler<R> handler) {
            return handler.linkUp(this);
        }
    }

    /** {@code setLink}: changes a link's latency, jitter or loss; a null field keeps the current value. */
    record SetLink(NodeId a, NodeId b, LinkOverrides overrides) implements Command {
        public SetLink {
            Objects.requireNonNull(a, "a");
            Objects.requireNonNull(b, "b");
            Objects.requireNonNull(overrides, "overrides");
        }

        public String keyword() {
            return "setLink";
        }

        public <R> R accept(Handler<R> handler) {
            return handler.setLink(this);
        }
    }

    /** {@code tags}: replaces a node's tags. */
    record SetTags(NodeId node, List<String> tags) implements Command {
        public SetTags {
            Objects.requireNonNull(node, "node");
            tags = List.copyOf(tags);
        }

        public String keyword() {
            return "tags";
        }

        public <R> R accept(Handler<R> handler) {
            return handler.setTags(this);
        }
    }

    /** {@code note}: a line of narration for the log and the timeline. */
    record Note(String text) implements Command {
        public Note {
            Objects.requireNonNull(text, "text");
        }

        public String keyword() {
            return "note";
        }

        public <R> R accept(Handler<R> handler) {
            return handler.note(this);
        }
    }

    /** {@code write}: a node writes a GDB record. */
    record GdbWrite(NodeId node, String group, String key, String value) implements Command {
        public String keyword() {
            return "write";
        }

        public <R> R accept(Handler<R> handler) {
            return handler.gdbWrite(this);
        }
    }

    /** {@code delete}: a node deletes a GDB record. */
    record GdbDelete(NodeId node, String group, String key) implements Command {
        public String keyword() {
            return "delete";
        }

        public <R> R accept(Handler<R> handler) {
            return handler.gdbDelete(this);
        }
    }

    /** {@code netDown}: takes a GDB network offline. */
    record NetDown(String net) implements Command {
        public String keyword() {
            return "netDown";
        }

        public <R> R accept(Handler<R> handler) {
            return handler.netDown(this);
        }
    }

    /** {@code netUp}: brings a GDB network back. */
    record NetUp(String net) implements Command {
        public String keyword() {
            return "netUp";
        }

        public <R> R accept(Handler<R> handler) {
            return handler.netUp(this);
        }
    }

    /**
     * Closes the discovered link between a and b (PROTOCOL.md §8: a user closes it by hand).
     * Discovered links are state, not topology: a scenario file has no event for this.
     */
    record CloseLink(NodeId a, NodeId b) implements Command {
        public CloseLink {
            Objects.requireNonNull(a, "a");
            Objects.requireNonNull(b, "b");
        }

        public String keyword() {
            return "closeLink";
        }

        public <R> R accept(Handler<R> handler) {
            return handler.closeLink(this);
        }
    }

    /** Makes a node private (it keeps only its file links) or public again (PROTOCOL.md §8). */
    record SetPrivate(NodeId node, boolean privateNode) implements Command {
        public SetPrivate {
            Objects.requireNonNull(node, "node");
        }

        public String keyword() {
            return "private";
        }

        public <R> R accept(Handler<R> handler) {
            return handler.setPrivate(this);
        }
    }

    /** Whether this command belongs to the GDB part of the format. */
    default boolean isGdb() {
        return this instanceof GdbWrite || this instanceof GdbDelete || this instanceof NetDown
                || this instanceof NetUp;
    }

    /** The command in a few plain words, e.g. {@code kill @master}, {@code partition {n1,n2}|{n3}}. */
    default String describe() {
        return accept(new Handler<String>() {
            public String life(Life c) {
                return c.keyword() + " " + c.target();
            }

            public String partition(Partition c) {
                return "partition " + c.groups().stream()
                        .map(g -> g.stream().map(NodeId::value).collect(Collectors.joining(",")))
                        .collect(Collectors.joining("}|{", "{", "}"));
            }

            public String nemesis(Nemesis c) {
                return "nemesis " + c.pattern().jsonName() + (c.node() == null ? "" : " " + c.node());
            }

            public String heal(Heal c) {
                return "heal";
            }

            public String linkDown(LinkDown c) {
                return "linkDown " + c.a() + "-" + c.b();
            }

            public String linkUp(LinkUp c) {
                return "linkUp " + c.a() + "-" + c.b();
            }

            public String setLink(SetLink c) {
                LinkOverrides o = c.overrides();
                return "setLink " + c.a() + "-" + c.b()
                        + (o.latencyMs() == null ? "" : " " + plain(o.latencyMs()) + "ms")
                        + (o.jitterMs() == null ? "" : " ±" + plain(o.jitterMs()) + "ms")
                        + (o.loss() == null ? "" : " loss " + plain(o.loss()));
            }

            public String setTags(SetTags c) {
                return "tags " + c.node() + " " + c.tags();
            }

            public String note(Note c) {
                return "note";
            }

            public String gdbWrite(GdbWrite c) {
                return "write " + c.node() + " " + c.group() + "/" + c.key();
            }

            public String gdbDelete(GdbDelete c) {
                return "delete " + c.node() + " " + c.group() + "/" + c.key();
            }

            public String netDown(NetDown c) {
                return "netDown " + c.net();
            }

            public String netUp(NetUp c) {
                return "netUp " + c.net();
            }

            public String closeLink(CloseLink c) {
                return "closeLink " + c.a() + "-" + c.b();
            }

            public String setPrivate(SetPrivate c) {
                return (c.privateNode() ? "private " : "public ") + c.node();
            }

            private String plain(double value) {
                return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
            }
        });
    }
}
