package org.clusterscope.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Point2D;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.Test;
import org.clusterscope.core.NodeId;
import org.clusterscope.core.NodeState;
import org.clusterscope.gui.panels.InspectorRow;
import org.clusterscope.runtime.Command;
import org.testfx.api.FxRobot;

/** A teacher drives the window in front of a class: keys, clicks, titles and what the picture says. */
class LectureWindowTest extends WindowTest {

    @Test
    void ctrlSpacePlaysAndCtrlBackspaceResetsWithTheCanvasFocusedAndNothingIsDeleted(FxRobot robot) {
        harness.openDemo(robot);
        var editor = harness.window.model().editor();
        int nodes = editor.document().nodes().size();
        int links = editor.document().links().size();
        robot.clickOn(harness.screenOf("n1"));
        assertThat(harness.window.controller().canvas().isFocused()).isTrue();

        robot.press(KeyCode.CONTROL, KeyCode.SPACE).release(KeyCode.SPACE, KeyCode.CONTROL);
        WindowHarness.waitUntil("Ctrl+Space plays", () -> harness.window.model().run().playingProperty().get());
        robot.press(KeyCode.CONTROL, KeyCode.SPACE).release(KeyCode.SPACE, KeyCode.CONTROL);
        WindowHarness.waitUntil("Ctrl+Space pauses", () -> !harness.window.model().run().playingProperty().get());

        robot.press(KeyCode.CONTROL, KeyCode.BACK_SPACE).release(KeyCode.BACK_SPACE, KeyCode.CONTROL);
        assertThat(editor.document().nodes()).hasSize(nodes);
        assertThat(editor.document().links()).hasSize(links);
        assertThat(harness.window.model().run().startedProperty().get()).isFalse();
        assertThat(editor.canUndoProperty().get()).isFalse();

        // the same from the run-until text field
        robot.clickOn("#runUntilField");
        robot.press(KeyCode.CONTROL, KeyCode.SPACE).release(KeyCode.SPACE, KeyCode.CONTROL);
        WindowHarness.waitUntil("Ctrl+Space plays from a text field", () -> harness.window.model().run().playingProperty().get());
        robot.press(KeyCode.CONTROL, KeyCode.BACK_SPACE).release(KeyCode.BACK_SPACE, KeyCode.CONTROL);
        assertThat(harness.window.model().run().startedProperty().get()).isFalse();
    }

    @Test
    void aClickOnEmptyCanvasClearsTheSelectionAndAddsNothingADoubleClickOrTheAddToolAddsANode(FxRobot robot) {
        harness.openDemo(robot);
        var editor = harness.window.model().editor();
        int nodes = editor.document().nodes().size();
        robot.clickOn(harness.screenOf("n1"));
        assertThat(editor.selection().nodes()).hasSize(1);
        Point2D empty = harness.window.controller().canvas().localToScreen(15, 15);

        robot.clickOn(empty);
        assertThat(editor.selection().nodes()).isEmpty();
        assertThat(editor.document().nodes()).hasSize(nodes);

        robot.doubleClickOn(empty);
        assertThat(editor.document().nodes()).hasSize(nodes + 1);

        robot.press(KeyCode.A).release(KeyCode.A);
        robot.clickOn(harness.window.controller().canvas().localToScreen(15, 80));
        assertThat(editor.document().nodes()).hasSize(nodes + 2);
    }

    @Test
    void menusNameKeysAsThePlatformDoesAndMessagesCountInPlainEnglish(FxRobot robot) {
        harness.openDemo(robot);
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        List<String> shown = new ArrayList<>();
        bar.getMenus().forEach(menu -> menu.getItems().stream().filter(item -> item.getAccelerator() != null)
                .forEach(item -> shown.add(item.getText() + " " + item.getAccelerator().getDisplayText())));
        assertThat(shown).anyMatch(text -> text.startsWith("Reset ") && text.endsWith("Backspace"));
        assertThat(shown).anyMatch(text -> text.startsWith("Play / Pause ") && text.endsWith("Space"));
        // the key names: "Backspace", not "BACK_SPACE" nor "Back Space"
        assertThat(shown).noneMatch(text -> text.contains("_") || text.contains("Back Space") || text.contains("SPACE"));

        var editor = harness.window.model().editor();
        robot.clickOn(harness.screenOf("n1"));
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        assertThat(editor.statusProperty().get()).isEqualTo("Delete 1 node and 3 links");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(editor.statusProperty().get()).isEqualTo("Undone: Delete 1 node and 3 links");
    }

    @Test
    void aNodeWaitingForItsStartIsDrawnAsNotStartedNotAsDown(FxRobot robot) {
        // the demo starts n5 at 2 s
        harness.openDemo(robot);
        harness.runUntil(robot, 1_000_000);
        assertThat(harness.drawnState("n1")).isNotNull();
        assertThat(harness.drawnState("n5")).as("n5 is not down, it has not started").isNull();
        robot.interact(() -> {
            harness.window.model().editor().selectOnly(NodeId.of("n5"));
            harness.window.model().refreshInspector();
        });
        assertThat(harness.window.model().inspector().rows()).contains(new InspectorRow("state", "not started yet"));

        harness.runUntil(robot, 3_000_000);
        assertThat(harness.drawnState("n5")).isNotNull().isNotEqualTo(NodeState.DOWN);
    }

    @Test
    void aKilledNodesInspectorSaysItIsDownAndMarksWhatItSawAsWhenItStopped(FxRobot robot) {
        harness.runDemoUntilAMaster(robot);
        NodeId master = harness.drawn().live().masters().get(0);
        robot.interact(() -> harness.window.model().apply(Command.kill(master)));
        harness.advanceUntil(robot, "the master drawn down", 20_000_000,
                () -> harness.drawnState(master.value()) == NodeState.DOWN);
        robot.interact(() -> {
            harness.window.model().editor().selectOnly(master);
            harness.window.model().refreshInspector();
        });
        var rows = harness.window.model().inspector().rows();
        assertThat(rows.get(0).value()).startsWith("down");
        assertThat(rows).contains(new InspectorRow("votes held", "none (not running)"));
        assertThat(rows).extracting(InspectorRow::key).doesNotContain("connected", "count", "master", "votes for");
        assertThat(rows).anyMatch(row -> row.key().equals("when it stopped"));
        assertThat(rows).noneMatch(row -> row.value().contains("✔"));
    }

    @Test
    void theTitleAlwaysNamesTheOpenDocument(FxRobot robot) {
        harness.openDemo(robot);
        Stage stage = (Stage) harness.window.scene().getWindow();
        assertThat(stage.getTitle()).isEqualTo("ClusterScope — " + harness.window.session().title());
        assertThat(stage.getTitle()).isNotEqualTo("ClusterScope — Untitled");

        robot.clickOn("File").clickOn("New");
        assertThat(stage.getTitle()).isEqualTo("ClusterScope — Untitled");

        robot.interact(() -> harness.window.session().open(Path.of("scenarios", "split-2-2.json")));
        assertThat(stage.getTitle()).isEqualTo("ClusterScope — A 2 | 2 split: everyone leaves");

        robot.clickOn("File").clickOn("New");
        assertThat(stage.getTitle()).isEqualTo("ClusterScope — Untitled");
    }

    @Test
    void afterTheHealStartAllBringsEveryDispatchedNodeBackAtOnceAndRestartAllRestartsEveryone(FxRobot robot) {
        robot.interact(() -> harness.window.session().open(Path.of("scenarios", "split-2-2.json")));
        // the even split dispatches everyone; the scenario heals at 20 s and starts them at 21 s
        harness.runUntil(robot, 20_200_000);
        List<String> ids = List.of("n1", "n2", "n3", "n4");
        assertThat(ids).allMatch(id -> harness.drawnState(id) == NodeState.DISPATCHED);

        robot.clickOn("Faults").clickOn("Start All Stopped Nodes");
        harness.advanceUntil(robot, "all four running again before the scenario's own start", 20_900_000,
                () -> ids.stream().allMatch(id -> harness.drawnState(id) != null && harness.drawnState(id).isRunning()));

        robot.clickOn("Faults").clickOn("Restart All Nodes");
        harness.advanceUntil(robot, "four restarts logged", 30_000_000, () -> harness.window.model().log().lines().stream()
                .filter(line -> line.text().matches("» by hand: (re)?start n[1-4]")).count() == 8);
        assertThat(harness.window.model().log().lines()).noneMatch(line -> line.text().contains("nothing to do"));
        // the mark before a by-hand action is one every font has: no missing-glyph box in the log
        assertThat(harness.window.model().log().lines()).filteredOn(line -> line.text().contains("by hand"))
                .allMatch(line -> line.text().chars().allMatch(c -> c <= 0xFF), "Latin-1 only");
    }

    @Test
    void viewCaptionShowsTheWholeDescriptionOnTheCanvasWithTheLatestNoteAsSubtitle(FxRobot robot) {
        harness.openDemo(robot);
        var caption = harness.window.controller().caption();
        String description = harness.window.session().scenario().description();
        assertThat(caption.isVisible()).as("hidden until asked for").isFalse();

        javafx.scene.control.CheckMenuItem item = null;
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        for (var menu : bar.getMenus()) {
            for (var each : menu.getItems()) {
                if ("Caption".equals(each.getText()) && each instanceof javafx.scene.control.CheckMenuItem check) {
                    item = check;
                }
            }
        }
        assertThat(item).as("View ▸ Caption").isNotNull();
        javafx.scene.control.CheckMenuItem captionItem = item;
        robot.interact(() -> captionItem.setSelected(true));
        robot.interact(() -> harness.window.scene().getRoot().layout());

        assertThat(caption.isVisible()).isTrue();
        assertThat(caption.descriptionShown()).isEqualTo(description);
        assertThat(caption.descriptionFits()).as("the description is shown whole, not cut").isTrue();
        var bounds = caption.localToScene(caption.getBoundsInLocal());
        var canvas = harness.window.controller().canvas();
        var canvasBounds = canvas.localToScene(canvas.getBoundsInLocal());
        assertThat(canvasBounds.contains(bounds)).as("the caption lies on the canvas").isTrue();
        assertThat(caption.noteShown()).isEmpty();

        harness.runUntil(robot, 1_000_000);
        robot.interact(() -> harness.window.model().apply(new Command.Note("Watch the votes go to n1")));
        harness.runUntil(robot, 2_000_000);
        WindowHarness.waitUntil("the note as subtitle", () -> caption.noteShown().equals("Watch the votes go to n1"));

        robot.interact(() -> captionItem.setSelected(false));
        assertThat(caption.isVisible()).as("toggled off again").isFalse();
    }

    @Test
    void inPresentationModeAt1280By720TheToolbarWrapsAndThePictureIsFittedToTheSmallerCanvas(FxRobot robot) {
        openDemoAt(robot, 1280, 720);
        robot.interact(() -> harness.window.scene().getRoot().layout());
        robot.interact(() -> harness.window.controller().fitToWindow());
        robot.interact(() -> harness.window.model().presentationProperty().set(true));
        robot.interact(() -> harness.window.scene().getRoot().layout());
        assertPortLabelsInsideTheCanvas();
    }

    /**
     * The demo in a window of {@code width}×{@code height} at the screen's corner: the headless
     * screen is 1920 wide (pom.xml), and the window must fit on it.
     */
    private void openDemoAt(FxRobot robot, double width, double height) {
        harness.openDemo(robot);
        robot.interact(() -> {
            Stage stage = (Stage) harness.window.scene().getWindow();
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
        });
    }

    private void assertPortLabelsInsideTheCanvas() {
        // the port written under each node, as the node painter places it for a master (the lowest)
        var canvas = harness.window.controller().canvas();
        double scale = canvas.viewport().scale();
        double r = 26 * scale;
        double portBottom = r + 14 * scale * 1.3 + Math.max(8, r * 0.6) * 0.75;
        for (var node : harness.window.model().editor().document().nodes()) {
            double y = canvas.viewport().toScreenY(node.y());
            assertThat(y + portBottom).as("%s's port label inside the canvas", node.id())
                    .isLessThanOrEqualTo(canvas.getHeight());
        }
    }

    @Test
    void inPresentationModeAt1920By1080EveryControlStaysInViewAndNoPortLabelIsClippedAtTheBottom(FxRobot robot) {
        openDemoAt(robot, 1920, 1080);
        robot.interact(() -> harness.window.scene().getRoot().layout());
        robot.interact(() -> harness.window.controller().fitToWindow());
        robot.interact(() -> harness.window.model().presentationProperty().set(true));
        robot.interact(() -> harness.window.scene().getRoot().layout());
        double sceneWidth = harness.window.scene().getWidth();
        double sceneHeight = harness.window.scene().getHeight();
        for (String id : List.of("#editTool", "#addTool", "#playButton", "#resetButton", "#clockLabel",
                "#killMasterButton", "#healButton", "#recordButton")) {
            Labeled labeled = robot.lookup(id).queryAs(Labeled.class);
            var bounds = labeled.localToScene(labeled.getBoundsInLocal());
            assertThat(labeled.isVisible()).as(id).isTrue();
            assertThat(bounds.getMaxX()).as("%s inside the window", id).isLessThanOrEqualTo(sceneWidth);
            assertThat(bounds.getMaxY()).as("%s inside the window", id).isLessThanOrEqualTo(sceneHeight);
            assertThat(labeled.getWidth()).as("%s shown whole", id).isGreaterThanOrEqualTo(labeled.prefWidth(-1) - 0.5);
        }
        assertThat(robot.lookup(".clock").queryAs(Labeled.class).getText()).doesNotContain("...");

        // the picture fitted at opening is fitted again for presentation mode's larger nodes
        assertPortLabelsInsideTheCanvas();

        // the Expectations tab wraps its lines between words: no word is wider than its line
        robot.interact(() -> {
            var tabs = robot.lookup("#sideTabs").queryAs(javafx.scene.control.TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().stream()
                    .filter(tab -> tab.getText().equals("Expectations")).findFirst().orElseThrow());
        });
        robot.interact(() -> harness.window.scene().getRoot().layout());
        var texts = robot.lookup(".expectation-text").queryAllAs(javafx.scene.control.Label.class);
        assertThat(texts).hasSize(6);
        for (var label : texts) {
            for (String word : label.getText().split(" ")) {
                javafx.scene.text.Text measure = new javafx.scene.text.Text(word);
                measure.setFont(label.getFont());
                assertThat(measure.getLayoutBounds().getWidth()).as("\"%s\" of \"%s\" fits a line", word, label.getText())
                        .isLessThanOrEqualTo(label.getWidth() - label.getPadding().getLeft() - label.getPadding().getRight());
            }
            assertThat(label.getHeight()).as("%s shown whole", label.getText()).isGreaterThanOrEqualTo(label.prefHeight(label.getWidth()) - 0.5);
        }
    }

    @Test
    void viewTextSizeLargeEnlargesTheLogAndInspectorAndIsRememberedForTheNextWindow(FxRobot robot) {
        harness.openDemo(robot);
        harness.runUntil(robot, 1_000_000);
        WindowHarness.waitUntil("a log line", () -> !harness.window.model().log().lines().isEmpty());
        robot.interact(() -> harness.window.scene().getRoot().layout());
        var cell = robot.lookup(".log-list .list-cell").queryAs(Labeled.class);
        var inspector = robot.lookup("#inspectorPane").queryAs(javafx.scene.control.TitledPane.class);
        double logBefore = cell.getFont().getSize();
        double inspectorBefore = inspector.getFont().getSize();

        var store = org.clusterscope.gui.files.RecentFiles.inMemory();
        robot.interact(() -> harness.window.controller().setSettings(store));
        javafx.scene.control.RadioMenuItem large = textSizeItem(robot, harness.window.scene(), "Large");
        robot.interact(() -> large.setSelected(true));
        robot.interact(() -> {
            harness.window.scene().getRoot().applyCss();
            harness.window.scene().getRoot().layout();
        });
        assertThat(cell.getFont().getSize()).as("log text").isGreaterThan(logBefore);
        assertThat(inspector.getFont().getSize()).as("inspector text").isGreaterThan(inspectorBefore);
        assertThat(store.textSize()).isEqualTo("large");

        // the next window opened on the same store starts large
        App.MainWindow[] next = new App.MainWindow[1];
        robot.interact(() -> next[0] = App.MainWindow.open(new Stage(), store));
        try {
            assertThat(next[0].scene().getRoot().getStyleClass()).contains("text-large");
            assertThat(textSizeItem(robot, next[0].scene(), "Large").isSelected()).isTrue();
        } finally {
            robot.interact(() -> {
                next[0].controller().dispose();
                ((Stage) next[0].scene().getWindow()).close();
            });
        }
    }

    private static javafx.scene.control.RadioMenuItem textSizeItem(FxRobot robot, javafx.scene.Scene scene, String name) {
        MenuBar bar = (MenuBar) scene.getRoot().lookup(".menu-bar");
        for (var menu : bar.getMenus()) {
            for (var item : menu.getItems()) {
                if (item instanceof javafx.scene.control.Menu sub && "Text Size".equals(sub.getText())) {
                    for (var choice : sub.getItems()) {
                        if (name.equals(choice.getText())) {
                            return (javafx.scene.control.RadioMenuItem) choice;
                        }
                    }
                }
            }
        }
        throw new AssertionError("no View ▸ Text Size ▸ " + name);
    }

    @Test
    void inPresentationModeAt1280By720EveryToolbarControlAndTheClockStayWholeAndInView(FxRobot robot) {
        openDemoAt(robot, 1280, 720);
        robot.interact(() -> harness.window.model().presentationProperty().set(true));
        robot.interact(() -> harness.window.scene().getRoot().layout());
        double sceneWidth = harness.window.scene().getWidth();
        for (String id : List.of("#editTool", "#addTool", "#playButton", "#resetButton", "#clockLabel",
                "#killMasterButton", "#healButton", "#recordButton")) {
            Labeled labeled = robot.lookup(id).queryAs(Labeled.class);
            assertThat(labeled.getScene()).as("%s in the window, not in an overflow menu", id).isNotNull();
            {
                var bounds = labeled.localToScene(labeled.getBoundsInLocal());
                assertThat(labeled.isVisible()).as(labeled.getText()).isTrue();
                assertThat(bounds.getMaxX()).as("%s inside the window", labeled.getText()).isLessThanOrEqualTo(sceneWidth);
                assertThat(labeled.getWidth()).as("%s shown whole", labeled.getText())
                        .isGreaterThanOrEqualTo(labeled.prefWidth(-1) - 0.5);
            }
        }
        assertThat(robot.lookup(".clock").queryAs(Labeled.class).getText()).doesNotContain("...");

        // fit to window leaves the legend's strip free: no node is drawn under the legend
        robot.interact(() -> harness.window.controller().fitToWindow());
        var canvas = harness.window.controller().canvas();
        double strip = org.clusterscope.gui.canvas.CanvasView.legendStrip(true);
        for (var node : harness.window.model().editor().document().nodes()) {
            double left = canvas.viewport().toScreenX(node.x()) - 26 * canvas.viewport().scale();
            assertThat(left).as("%s left of its disc", node.id()).isGreaterThanOrEqualTo(strip);
        }
    }

    @Test
    void inPresentationModeAt1280By720EverySidePanelTabHeaderIsShownWhole(FxRobot robot) {
        openDemoAt(robot, 1280, 720);
        robot.interact(() -> harness.window.model().presentationProperty().set(true));
        robot.interact(() -> harness.window.scene().getRoot().layout());
        assertEveryTabHeaderWhole(robot, "presentation mode");

        // and with View ▸ Text Size ▸ Large on top, the largest the side panel's text gets
        robot.interact(() -> harness.window.controller().setSettings(org.clusterscope.gui.files.RecentFiles.inMemory()));
        javafx.scene.control.RadioMenuItem large = textSizeItem(robot, harness.window.scene(), "Large");
        robot.interact(() -> large.setSelected(true));
        robot.interact(() -> {
            harness.window.scene().getRoot().applyCss();
            harness.window.scene().getRoot().layout();
        });
        assertEveryTabHeaderWhole(robot, "presentation mode, large text");
    }

    /** Every tab of the side panel has its header in the row, none in the "▾" menu, and its text is not cut. */
    private static void assertEveryTabHeaderWhole(FxRobot robot, String mode) {
        var tabs = robot.lookup("#sideTabs").queryAs(javafx.scene.control.TabPane.class);
        var area = tabs.lookup(".tab-header-area");
        var overflow = tabs.lookup(".control-buttons-tab");
        assertThat(overflow.isVisible()).as("%s: the tab pane's overflow menu", mode).isFalse();
        var areaBounds = area.localToScene(area.getLayoutBounds());
        var headers = robot.from(tabs).lookup(".tab").queryAll();
        assertThat(headers).hasSize(tabs.getTabs().size());
        for (var header : headers) {
            Labeled label = (Labeled) header.lookup(".tab-label");
            var text = (javafx.scene.text.Text) label.lookup(".text");
            var bounds = header.localToScene(header.getLayoutBounds());
            assertThat(bounds.getMaxX()).as("%s: the %s tab's right edge inside the header row", mode, label.getText())
                    .isLessThanOrEqualTo(areaBounds.getMaxX() + 0.5);
            assertThat(bounds.getMinX()).as("%s: the %s tab's left edge inside the header row", mode, label.getText())
                    .isGreaterThanOrEqualTo(areaBounds.getMinX() - 0.5);
            assertThat(text.getText()).as("%s: the %s tab's header text, as drawn", mode, label.getText())
                    .isEqualTo(label.getText());
        }
    }

    @Test
    void aLongLogLineWrapsUnderItsFirstWordAndLeavesTheTimeColumnClear(FxRobot robot) {
        harness.openDemo(robot);
        harness.runUntil(robot, 2_000_000);
        WindowHarness.waitUntil("log lines", () -> !harness.window.model().log().lines().isEmpty());
        var list = harness.window.controller().logView().list();
        org.clusterscope.gui.panels.LogLine longest = harness.window.model().log().lines().stream()
                .max(java.util.Comparator.comparingInt(line -> line.text().length())).orElseThrow();
        robot.interact(() -> list.scrollTo(longest));
        robot.interact(() -> harness.window.scene().getRoot().layout());

        var cell = robot.lookup(".log-list .list-cell")
                .match(c -> longest.equals(((javafx.scene.control.ListCell<?>) c).getItem()))
                .queryAs(javafx.scene.control.ListCell.class);
        var drawn = robot.from(cell).lookup(".text").queryAllAs(javafx.scene.text.Text.class);
        String lastWord = longest.text().substring(longest.text().lastIndexOf(' ') + 1);
        var time = drawn.stream().filter(t -> t.getText().contains(longest.stamp().trim())).findFirst().orElseThrow();
        var words = drawn.stream().filter(t -> t.getText().endsWith(lastWord)).findFirst().orElseThrow();
        var timeBounds = time.localToScene(time.getBoundsInLocal());
        var wordsBounds = words.localToScene(words.getBoundsInLocal());
        var cellBounds = cell.localToScene(cell.getLayoutBounds());
        var oneLine = new javafx.scene.text.Text("x");
        oneLine.setFont(words.getFont());

        assertThat(cellBounds.getHeight()).as("\"%s\" wraps in the side panel", longest.text())
                .isGreaterThan(1.5 * oneLine.getLayoutBounds().getHeight());
        assertThat(wordsBounds.getMinX()).as("every line of the words starts right of the time column")
                .isGreaterThanOrEqualTo(timeBounds.getMaxX() - 0.5);
        assertThat(words.getText()).as("the words shown whole").isEqualTo(longest.text());
        assertThat(wordsBounds.getMaxX()).as("the words inside the cell").isLessThanOrEqualTo(cellBounds.getMaxX() + 0.5);
        assertThat(wordsBounds.getMaxY()).as("the last wrapped line inside the cell")
                .isLessThanOrEqualTo(cellBounds.getMaxY() + 0.5);
    }

    @Test
    void pastTheScenariosRunForTheClockSaysSo(FxRobot robot) {
        robot.interact(() -> harness.window.session().open(Path.of("scenarios", "split-2-2.json")));
        Labeled clock = robot.lookup("#clockLabel").queryAs(Labeled.class);
        harness.runUntil(robot, 34_000_000);
        WindowHarness.waitUntil("the clock at 34 s", () -> clock.getText().startsWith("t = 34.000 s"));
        assertThat(clock.getText()).doesNotContain("past the end");

        harness.runUntil(robot, 36_000_000);
        WindowHarness.waitUntil("the clock past the end", () -> clock.getText().contains("past the end (35s)"));
        assertThat(clock.getStyleClass()).contains("overrun");
    }

    @Test
    void aLongIdStaysInsideItsDiscAndTheTooltipOverTheNodeGivesItWhole(FxRobot robot) {
        harness.openDemo(robot);
        robot.interact(() -> {
            harness.window.model().editor().load("long ids", List.of(
                    new org.clusterscope.gui.doc.DocNode(NodeId.of("core.3"), 7001, 100, 100, List.of()),
                    new org.clusterscope.gui.doc.DocNode(NodeId.of("storage-backend-12"), 7002, 300, 100, List.of())),
                    List.of());
            harness.window.controller().fitToWindow();
        });
        WindowHarness.waitUntil("the long ids drawn",
                () -> harness.drawn().nodes().stream().anyMatch(n -> n.id().value().equals("core.3")));
        double r = 18;
        List<org.clusterscope.gui.canvas.NodeLabel> labels = new ArrayList<>();
        robot.interact(() -> {
            labels.add(org.clusterscope.gui.canvas.NodeLabel.fit("core.3", r));
            labels.add(org.clusterscope.gui.canvas.NodeLabel.fit("storage-backend-12", r));
        });
        assertThat(labels.get(0).text()).isEqualTo("core.3");
        assertThat(labels.get(0).width()).isLessThanOrEqualTo(org.clusterscope.gui.canvas.NodeLabel.room(r));
        assertThat(labels.get(1).text()).endsWith("…").startsWith("stor");
        assertThat(labels.get(1).width()).isLessThanOrEqualTo(org.clusterscope.gui.canvas.NodeLabel.room(r));

        robot.moveTo(harness.screenOf("storage-backend-12"));
        WindowHarness.waitUntil("the tooltip names the node under the mouse",
                () -> "storage-backend-12".equals(harness.window.controller().canvasInput().nodeTooltip().getText()));
        robot.moveTo(harness.screenOf("core.3"));
        WindowHarness.waitUntil("the tooltip follows the mouse",
                () -> "core.3".equals(harness.window.controller().canvasInput().nodeTooltip().getText()));
    }

    @Test
    void aStepAboveTwentyFiveTimesSpeedStillDrawsThePacketItMoved(FxRobot robot) {
        harness.openDemo(robot);
        robot.interact(() -> harness.window.model().run().setSpeed(50));
        // the first events start the nodes; a few steps later one sends a beacon
        for (int i = 0; i < 200 && harness.drawn().live().flights().isEmpty(); i++) {
            var before = harness.drawn() == null ? null : harness.drawn().live();
            robot.interact(() -> harness.window.model().run().step());
            WindowHarness.waitUntil("the step drawn", () -> harness.drawn() != null && harness.drawn().live() != before);
        }
        WindowHarness.waitUntil("a packet drawn after a step at 50x", () -> !harness.drawn().live().flights().isEmpty());
        assertThat(harness.drawn().live().speed()).isEqualTo(50);
        assertThat(org.clusterscope.gui.canvas.CanvasPainter.aggregated(harness.drawn()))
                .as("single packets are drawn, not the glow").isFalse();
    }
}
