package org.clusterscope.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

    /** The fault and repair events for {@code seed}, in time order. */
    public static List<EventDef> faults(Scenario scenario, long seed) {
        RandomGenerator random = new SplittableRandom(mix(seed ^ 0x6661756c74L));
        List<String> ids = scenario.roster().ids();
        List<List<String>> links = new ArrayList<>();
        scenario.links().forEach(link -> links.addAll(LinkPairs.of(link)));
        long run = scenario.runFor().micros();
        long start = Math.min(2 * scenario.protocol().heartbeatMs() * 1000, run / 4);
        long end = Math.max(start + 1000, run * 6 / 10);
        long repairBy = run * 7 / 10;
        List<EventDef> events = new ArrayList<>();
        if (ids.size() < 2) {
            return events;
        }
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            long at = millis(start + random.nextLong(end - start));
            long repair = Math.min(repairBy, millis(at + 1_000_000 + random.nextLong(5_000_000)));
            String node = ids.get(random.nextInt(ids.size()));
            int kind = random.nextInt(links.isEmpty() ? 4 : 6);
            switch (kind) {
                case 0 -> {
                    events.add(event(at, new Command.Life(Command.LifeKind.KILL, NodeTarget.node(NodeId.of(node)))));
                    events.add(event(repair, new Command.Life(Command.LifeKind.START, NodeTarget.node(NodeId.of(node)))));
                }
                case 1 -> {
                    events.add(event(at, new Command.Life(Command.LifeKind.QUIT, NodeTarget.node(NodeId.of(node)))));
                    events.add(event(repair, new Command.Life(Command.LifeKind.START, NodeTarget.node(NodeId.of(node)))));
                }
                case 2 -> {
                    NemesisPattern pattern = PATTERNS.get(random.nextInt(PATTERNS.size()));
                    events.add(event(at, new Command.Nemesis(pattern)));
                    events.add(event(repair, new Command.Heal()));
                }
                case 3 -> {
                    events.add(event(at, new Command.Partition(split(ids, random).stream().map(g -> g.stream().map(NodeId::of).toList()).toList())));
                    events.add(event(repair, new Command.Heal()));
                }
                case 4 -> {
                    List<String> link = links.get(random.nextInt(links.size()));
                    events.add(event(at, new Command.LinkDown(NodeId.of(link.get(0)), NodeId.of(link.get(1)))));
                    events.add(event(repair, new Command.LinkUp(NodeId.of(link.get(0)), NodeId.of(link.get(1)))));
                }
                default -> {
                    List<String> link = links.get(random.nextInt(links.size()));
                    LinkSettings before = settingsOf(scenario, link);
                    LinkOverrides worse = new LinkOverrides(before.latencyMs() * 5 + 100, before.jitterMs() + 50,
                            Math.min(1, before.loss() + 0.3));
                    LinkOverrides back = new LinkOverrides(before.latencyMs(), before.jitterMs(), before.loss());
                    events.add(event(at, new Command.SetLink(NodeId.of(link.get(0)), NodeId.of(link.get(1)), worse)));
                    events.add(event(repair, new Command.SetLink(NodeId.of(link.get(0)), NodeId.of(link.get(1)), back)));
                }
            }
        }
        events.sort(Comparator.comparing(EventDef::at));
        return events;
    }

    /** The scenario with the faults of {@code seed} added and {@code seed} as its seed. */
    public static Scenario apply(Scenario scenario, long seed) {
        List<EventDef> events = new ArrayList<>(scenario.events());
        events.addAll(faults(scenario, seed));
        return scenario.withSeed(seed).withEvents(events);
    }

    private static List<List<String>> split(List<String> ids, RandomGenerator random) {
        List<String> shuffled = new ArrayList<>(ids);
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
