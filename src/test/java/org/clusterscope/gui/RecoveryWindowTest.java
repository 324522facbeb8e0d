package org.clusterscope.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import javafx.application.Platform;
import javafx.scene.control.DialogPane;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import org.clusterscope.core.NodeId;
import org.clusterscope.gui.doc.DocNode;
import org.clusterscope.gui.files.Autosave;
import org.clusterscope.gui.files.RecoveryOffer;
import org.clusterscope.scenario.Scenario;
import org.clusterscope.scenario.io.ScenarioReader;

/**
 * After a crash, the window offers back the work the autosave kept: Yes brings the document
 * back as it was, unsaved; No forgets the recovery file. The app makes the same call at start.
 */
class RecoveryWindowTest extends WindowTest {

    @TempDir
    Path folder;

    @Test
    void restoringBringsBackTheAutosavedDocumentUnsaved(FxRobot robot) throws Exception {
        Autosave autosave = new Autosave(folder);
        autosave.save(lostWork());
        harness.openDemo(robot);
        AtomicReference<Boolean> restored = offer(robot, autosave);

        answer(robot, javafx.scene.control.ButtonType.YES);
        WindowHarness.waitUntil("the answer taken", () -> restored.get() != null);
        assertThat(restored.get()).isTrue();
        var document = harness.window.model().editor().document();
        assertThat(document.title()).isEqualTo("Work in progress");
        assertThat(document.nodes()).extracting(DocNode::id).contains(NodeId.of("n9"));
        assertThat(harness.window.session().hasUnsavedEdits()).as("restored work is in no file").isTrue();
        assertThat(Files.exists(autosave.file())).as("kept until saved or discarded").isTrue();
    }

    @Test
    void decliningDiscardsTheRecoveryFileAndKeepsTheOpenDocument(FxRobot robot) throws Exception {
        Autosave autosave = new Autosave(folder);
        autosave.save(lostWork());
        harness.openDemo(robot);
        String before = harness.window.model().editor().document().title();
        AtomicReference<Boolean> restored = offer(robot, autosave);

        answer(robot, javafx.scene.control.ButtonType.NO);
        WindowHarness.waitUntil("the answer taken", () -> restored.get() != null);
        assertThat(restored.get()).isFalse();
        assertThat(harness.window.model().editor().document().title()).isEqualTo(before);
        assertThat(autosave.pending()).isEmpty();
        assertThat(Files.exists(autosave.file())).isFalse();
    }

    @Test
    void withoutARecoveryFileNothingIsAsked(FxRobot robot) {
        harness.openDemo(robot);
        AtomicReference<Boolean> restored = new AtomicReference<>();
        robot.interact(() -> restored.set(RecoveryOffer.offer(new Autosave(folder), harness.window.session(),
                harness.window.scene().getWindow())));
        assertThat(restored.get()).isFalse();
        assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty();
    }

    /** Opens the offer as the app does at start, without waiting for the answer (the dialog waits for it). */
    private AtomicReference<Boolean> offer(FxRobot robot, Autosave autosave) {
        AtomicReference<Boolean> restored = new AtomicReference<>();
        Platform.runLater(() -> restored.set(RecoveryOffer.offer(autosave, harness.window.session(),
                harness.window.scene().getWindow())));
        WindowHarness.waitUntil("the restore dialog", () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(pane.getHeaderText()).isEqualTo("Restore unsaved work?");
        assertThat(pane.getContentText()).contains("did not close cleanly");
        return restored;
    }

    /** Presses a button of the dialog (the headless screen shows it without a place to click). */
    private static void answer(FxRobot robot, javafx.scene.control.ButtonType button) {
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        robot.interact(() -> ((javafx.scene.control.Button) pane.lookupButton(button)).fire());
    }

    /** The demo with a ninth node and another title: work that was never saved. */
    private static Scenario lostWork() throws Exception {
        Scenario scenario = new ScenarioReader().read(Path.of("scenarios/ring-kill-master.json"));
        var nodes = new java.util.ArrayList<>(scenario.nodes());
        nodes.add(org.clusterscope.scenario.NodeDef.of("n9"));
        Scenario edited = scenario.withNodes(nodes);
        return new Scenario(edited.format(), "work-in-progress", "Work in progress", edited.description(),
                edited.seed(), edited.runFor(), edited.protocol(), edited.network(), edited.nodes(), edited.groups(),
                edited.links(), edited.events(), edited.expect(), edited.gdb());
    }
}
