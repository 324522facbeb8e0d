package org.clusterscope.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.Span;
import org.clusterscope.net.LinkOverrides;
import org.clusterscope.net.LinkSettings;
import org.clusterscope.net.NemesisPattern;
import org.clusterscope.runtime.Command;
import org.clusterscope.runtime.NodeTarget;

/**
 * Random fault schedules for fuzzing, a pure function of a scenario and a seed: the same seed
 * always gives the same faults, so a failing seed replays exactly. Each fault is repaired later
 * (a killed or quit node starts again, a partition heals, a link comes back, a slowed link gets
 * its settings back) and every repair happens by 70 % of the run, leaving the cluster time to
 * settle before the end.
 *
 * <p>Faults start after two heartbeats and before 60 % of the run. There are one to four of
 * them, drawn from: kill, quit, a nemesis pattern, a random two-group partition, a link down,
 * and a link made slow and lossy.
 */
public final class FaultSchedule {

    private static final List<NemesisPattern> PATTERNS = List.of(NemesisPattern.values());

    private FaultSchedule() {
    }

    /**
     * One fault and the event that repairs it (null for a restart, which repairs itself): the
     * unit that shrinking drops, moves and merges.
     */
    public record Fault(FaultKind kind, EventDef start, EventDef repair) {

        /** Its events, the fault first. */
        public List<EventDef> events() {
            return repair == null ? List.of(start) : List.of(start, repair);
        }

        /** The same fault and repair, {@code micros} later. */
        public Fault later(long micros) {
            return new Fault(kind, new EventDef(Span.ofMicros(start.at().micros() + micros), start.command()),
                    repair == null ? null : new EventDef(Span.ofMicros(repair.at().micros() + micros), repair.command()));
        }
    }

    /** The fault and repair events for {@code seed}, in time order, of every kind. */
    public static List<EventDef> faults(Scenario scenario, long seed) {
        return events(draw(scenario, seed, EnumSet.allOf(FaultKind.class)));
    }

    /** The events of {@code faults}, in time order (faults at one instant in drawing order). */
    public static List<EventDef> events(List<Fault> faults) {
        List<EventDef> events = new ArrayList<>();
        faults.forEach(f -> events.addAll(f.events()));
        events.sort(Comparator.comparing(EventDef::at));
        return events;
    }

    /**
     * The faults for {@code seed}, of the given kinds, in drawing order. The schedule makes sense:
     * a node that one fault has taken down is not taken down again nor started while another
     * fault holds it, a partition or nemesis does not start while another holds the network, a
     * link is not broken twice at once, and a node the file has not started yet is left alone.
     * A drawn fault that would break these rules is left out.
     */
    public static List<Fault> draw(Scenario scenario, long seed, Set<FaultKind> kinds) {
        RandomGenerator random = new SplittableRandom(mix(seed ^ 0x6661756c74L));
        List<ResolvedNode> nodes = scenario.roster().nodes();
        List<List<String>> links = new ArrayList<>();
        scenario.links().forEach(link -> links.addAll(LinkPairs.of(link)));
        List<FaultKind> allowed = new ArrayList<>();
        for (FaultKind kind : FaultKind.values()) {
            boolean needsLinks = kind == FaultKind.LINK || kind == FaultKind.LOSS;
            if (kinds.contains(kind) && (!needsLinks || !links.isEmpty())) {
                allowed.add(kind);
            }
        }
        long run = scenario.runFor().micros();
        long start = Math.min(2 * scenario.protocol().heartbeatMs() * 1000, run / 4);
        long end = Math.max(start + 1000, run * 6 / 10);
        long repairBy = run * 7 / 10;
        List<Fault> faults = new ArrayList<>();
        if (nodes.size() < 2 || allowed.isEmpty()) {
            return faults;
        }
        Map<String, List<long[]>> busy = new HashMap<>();
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            long at = millis(start + random.nextLong(end - start));
            long repair = Math.min(repairBy, millis(at + 1_000_000 + random.nextLong(5_000_000)));
            ResolvedNode node = nodes.get(random.nextInt(nodes.size()));
            NodeTarget target = NodeTarget.node(NodeId.of(node.id()));
            FaultKind kind = allowed.get(random.nextInt(allowed.size()));
            Fault fault = switch (kind) {
                case KILL, QUIT -> new Fault(kind, event(at, new Command.Life(kind == FaultKind.KILL
                        ? Command.LifeKind.KILL : Command.LifeKind.QUIT, target)),
                        event(repair, new Command.Life(Command.LifeKind.START, target)));
                case RESTART -> {
                    repair = Math.min(repairBy, at + 1_000_000);
                    yield new Fault(kind, event(at, new Command.Life(Command.LifeKind.RESTART, target)), null);
                }
                case NEMESIS -> new Fault(kind, event(at, new Command.Nemesis(PATTERNS.get(random.nextInt(PATTERNS.size())))),
                        event(repair, new Command.Heal()));
                case PARTITION -> new Fault(kind, event(at, new Command.Partition(split(nodes, random).stream()
                        .map(g -> g.stream().map(NodeId::of).toList()).toList())), event(repair, new Command.Heal()));
                case LINK -> {
                    List<String> link = links.get(random.nextInt(links.size()));
                    yield new Fault(kind, event(at, new Command.LinkDown(NodeId.of(link.get(0)), NodeId.of(link.get(1)))),
                            event(repair, new Command.LinkUp(NodeId.of(link.get(0)), NodeId.of(link.get(1)))));
                }
                case LOSS -> {
                    List<String> link = links.get(random.nextInt(links.size()));
                    LinkSettings before = settingsOf(scenario, link);
                    LinkOverrides worse = new LinkOverrides(before.latencyMs() * 5 + 100, before.jitterMs() + 50,
                            Math.min(1, before.loss() + 0.3));
                    LinkOverrides back = new LinkOverrides(before.latencyMs(), before.jitterMs(), before.loss());
                    yield new Fault(kind, event(at, new Command.SetLink(NodeId.of(link.get(0)), NodeId.of(link.get(1)), worse)),
                            event(repair, new Command.SetLink(NodeId.of(link.get(0)), NodeId.of(link.get(1)), back)));
                }
            };
            String holds = switch (kind) {
                case KILL, QUIT, RESTART -> "node " + node.id();
                case NEMESIS, PARTITION -> "network";
                default -> "link " + linkOf(fault);
            };
            boolean nodeReady = !holds.startsWith("node ") || node.startAt().micros() <= at;
            if (!nodeReady || overlaps(busy.get(holds), at, repair)) {
                continue;
            }
            busy.computeIfAbsent(holds, k -> new ArrayList<>()).add(new long[] {at, repair});
            faults.add(fault);
        }
        return faults;
    }

    /** Whether no two faults hold one node, the network or one link at once (see {@link #draw}). */
    public static boolean consistent(List<Fault> faults) {
        Map<String, List<long[]>> busy = new HashMap<>();
        for (Fault fault : faults) {
            String holds = holdOf(fault);
            long at = fault.start().at().micros();
            long until = fault.repair() == null ? at + 1_000_000 : fault.repair().at().micros();
            if (overlaps(busy.get(holds), at, until)) {
                return false;
            }
            busy.computeIfAbsent(holds, k -> new ArrayList<>()).add(new long[] {at, until});
        }
        return true;
    }

    private static String holdOf(Fault fault) {
        return switch (fault.kind()) {
            case KILL, QUIT, RESTART -> "node " + ((Command.Life) fault.start().command()).target();
            case NEMESIS, PARTITION -> "network";
            default -> "link " + linkOf(fault);
        };
    }

    private static String linkOf(Fault fault) {
        Command command = fault.start().command();
        if (command instanceof Command.LinkDown d) {
            return key(d.a().value(), d.b().value());
        }
        Command.SetLink s = (Command.SetLink) command;
        return key(s.a().value(), s.b().value());
    }

    private static String key(String a, String b) {
        return a.compareTo(b) <= 0 ? a + " " + b : b + " " + a;
    }

    private static boolean overlaps(List<long[]> intervals, long from, long to) {
        if (intervals == null) {
            return false;
        }
        for (long[] interval : intervals) {
            if (from <= interval[1] && interval[0] <= to) {
                return true;
            }
        }
        return false;
    }

    /** The scenario with the faults of {@code seed} added and {@code seed} as its seed. */
    public static Scenario apply(Scenario scenario, long seed) {
        return apply(scenario, seed, draw(scenario, seed, EnumSet.allOf(FaultKind.class)));
    }

    /** The scenario with {@code faults} added to its events and {@code seed} as its seed. */
    public static Scenario apply(Scenario scenario, long seed, List<Fault> faults) {
        List<EventDef> events = new ArrayList<>(scenario.events());
        events.addAll(events(faults));
        return scenario.withSeed(seed).withEvents(events);
    }

    private static List<List<String>> split(List<ResolvedNode> nodes, RandomGenerator random) {
        List<String> shuffled = new ArrayList<>(nodes.stream().map(ResolvedNode::id).toList());
        for (int i = shuffled.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            String swap = shuffled.get(i);
            shuffled.set(i, shuffled.get(j));
            shuffled.set(j, swap);
        }
        int cut = 1 + random.nextInt(shuffled.size() - 1);
        return List.of(List.copyOf(shuffled.subList(0, cut)), List.copyOf(shuffled.subList(cut, shuffled.size())));
    }

    /** The settings a link has from the file: the network defaults with the last override naming it. */
    private static LinkSettings settingsOf(Scenario scenario, List<String> pair) {
        LinkSettings settings = scenario.network();
        for (LinkDef link : scenario.links()) {
            for (List<String> p : LinkPairs.of(link)) {
                if (p.containsAll(pair)) {
                    settings = scenario.network().with(link.overrides());
                }
            }
        }
        return settings;
    }

    /** A 64-bit finaliser (MurmurHash3), so neighbouring seeds give unrelated schedules. */
    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    private static long millis(long micros) {
        return micros / 1000 * 1000;
    }

    private static EventDef event(long micros, Command command) {
        return new EventDef(Span.ofMicros(micros), command);
    }
}
