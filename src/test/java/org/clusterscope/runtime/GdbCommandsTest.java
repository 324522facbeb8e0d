package org.clusterscope.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.clusterscope.core.NodeId;
import org.clusterscope.event.EventStream;
import org.clusterscope.event.SimEvent;

/**
 * The GDB commands both roots share (PROTOCOL.md §7): skipped with a warning naming the root when
 * the run has no GDB, and otherwise passed to the node's database the way the root reaches it.
 */
class GdbCommandsTest {

    private static final NodeId N1 = NodeId.of("n1");

    /** Where warnings land: a simulation of no nodes, listened to. */
    private final Simulation control = new Simulation(1);
    private final List<String> warnings = new ArrayList<>();
    /** The nodes whose database a command reached. */
    private final List<NodeId> reached = new ArrayList<>();
    private GdbLayer layer;

    private final GdbCommands commands = new GdbCommands(control, () -> layer, "this example", (node, change) -> {
        reached.add(node);
        return true;
    });

    GdbCommandsTest() {
        control.subscribe(e -> {
            if (e instanceof SimEvent.Warning w) {
                warnings.add(w.text());
            }
        });
    }

    @Test
    void withoutGdbEveryCommandIsSkippedWithAWarningNamingTheRoot() {
        assertThat(commands.write(N1, "c.gdb.g", "k", "v", new Command.GdbWrite(N1, "c.gdb.g", "k", "v"))).isFalse();
        assertThat(commands.delete(N1, "c.gdb.g", "k", new Command.GdbDelete(N1, "c.gdb.g", "k"))).isFalse();
        assertThat(commands.setNetDown("net", true, new Command.NetDown("net"))).isFalse();

        assertThat(reached).as("no database is asked").isEmpty();
        assertThat(warnings).hasSize(3).allSatisfy(w -> assertThat(w).endsWith(
                ": this example runs no GDB clusters, so the command is skipped"));
    }

    @Test
    void withGdbARecordGoesToTheNodesDatabaseAndANetworkMustExist() {
        layer = new GdbLayer(() -> 0, new EventStream(), 0, Map.of("net", List.of(N1)), List.of());

        assertThat(commands.write(N1, "c.gdb.g", "k", "v", new Command.GdbWrite(N1, "c.gdb.g", "k", "v"))).isTrue();
        assertThat(commands.delete(N1, "c.gdb.g", "k", new Command.GdbDelete(N1, "c.gdb.g", "k"))).isTrue();
        assertThat(reached).containsExactly(N1, N1);

        assertThat(commands.setNetDown("nte", true, new Command.NetDown("nte"))).isFalse();
        assertThat(warnings).singleElement().asString().contains("no GDB network is called nte");
        assertThat(commands.setNetDown("net", true, new Command.NetDown("net"))).isTrue();
        assertThat(layer.realm().isNetTakenDown("net")).isTrue();
    }

    @Test
    void eachRootNamesItselfInTheWarning() {
        assertThat(control.apply(new Command.NetUp("net"))).isFalse();

        assertThat(warnings).singleElement().asString()
                .endsWith(": this simulation runs no GDB clusters, so the command is skipped");
    }
}
