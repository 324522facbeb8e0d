package org.clusterscope.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import org.clusterscope.core.NodeId;
import org.clusterscope.gui.panels.GdbView;
import org.clusterscope.scenario.io.ScenarioReader;

/** A GDB scenario in the window: the GDB tab shows its cluster, members and records; roles change live. */
class GdbWindowTest extends WindowTest {

    @Test
    void theGdbTabShowsTheClusterItsMembersAndTheSelectedNodesRecords(FxRobot robot) throws Exception {
        var scenario = new ScenarioReader().read(Path.of("scenarios/gdb-member-roles.json"));
        robot.interact(() -> {
            harness.window.session().openScenario(scenario);
            harness.window.controller().fitToWindow();
        });
        robot.interact(() -> harness.window.model().run().runUntil(7_000_000));
        WindowHarness.waitUntil("the GDB picture at 7 s", () -> harness.window.model().gdbPicture() != null
                && harness.window.model().gdbPicture().now() >= 7_000_000);
        robot.clickOn(harness.screenOf("n1"));
        GdbView view = harness.window.controller().gdbView();
        WindowHarness.waitUntil("n1's records listed", () -> view.shownRecords().size() == 2);

        assertThat(view.clusterText()).contains("shop  ONLINE", "id 0x00000000000000020000000000000001",
                "mask shop.gdb.*, TTL 24 h, EMBEDDED");
        assertThat(view.shownRecords()).extracting(r -> r.key() + "=" + r.value()).containsExactly("apple=3", "plum=4");
        assertThat(view.shownRole("shop", NodeId.of("n3"))).isEqualTo("GUEST");
        assertThat(harness.window.model().log().lines())
                .anyMatch(line -> line.text().contains("n3's write shop.gdb.prices/pear = \"2\" is REFUSED"));

        robot.interact(() -> view.chooseRole("shop", NodeId.of("n3"), "USER"));
        WindowHarness.waitUntil("n3 a USER in the picture", () -> "USER".equals(
                harness.window.model().gdbPicture().clusters().get(0).members().get(NodeId.of("n3"))));
    }
}
