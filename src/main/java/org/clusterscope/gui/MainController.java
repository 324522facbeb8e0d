package org.clusterscope.gui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.animation.AnimationTimer;
import javafx.fxml.FXML;
import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.Span;
import org.clusterscope.gui.canvas.CanvasView;
import org.clusterscope.gui.canvas.Layer;
import org.clusterscope.gui.doc.LinkKey;
import org.clusterscope.gui.doc.LinkSettingsValue;
import org.clusterscope.gui.editor.AddNodesRequest;
import org.clusterscope.gui.editor.CanvasInput;
import org.clusterscope.gui.editor.LayoutAnimator;
import org.clusterscope.gui.editor.LayoutKind;
import org.clusterscope.gui.editor.Selection;
import org.clusterscope.gui.editor.ShapeKind;
import org.clusterscope.gui.editor.Tool;
import org.clusterscope.gui.files.DocumentSession;
import org.clusterscope.gui.files.FileActions;
import org.clusterscope.gui.files.ScenarioTimeline;
import org.clusterscope.gui.panels.ChartView;
import org.clusterscope.gui.panels.EventLogView;
import org.clusterscope.gui.panels.ExpectationRow;
import org.clusterscope.gui.panels.ExpectationsView;
import org.clusterscope.gui.panels.InspectorView;
import org.clusterscope.gui.panels.LinkEditorView;
import org.clusterscope.gui.panels.TimelineMark;
import org.clusterscope.gui.panels.TimelineView;
import org.clusterscope.net.LinkOverrides;
import org.clusterscope.net.NemesisPattern;
import org.clusterscope.runtime.Command;

/**
 * The FXML controller of the main window: it builds the canvas and the panels, binds controls
 * to the {@link MainViewModel} and forwards user actions to it. No state of its own beyond the
 * controls (STYLE.md §9).
 */
public final class MainController {

    private final MainViewModel model;
    private final DocumentSession session;
    private final FileActions files;

    @FXML private BorderPane root;
    private org.clusterscope.gui.panels.GdbView gdbView;
    private org.clusterscope.gui.sequence.SequencePanel sequencePanel;
    private org.clusterscope.gui.sequence.SequenceWindow sequenceWindow;
    @FXML private VBox sequenceBox;
    @FXML private MenuBar menuBar;
    @FXML private StackPane canvasHost;
    @FXML private StackPane timelineHost;
    @FXML private VBox inspectorBox;
    @FXML private VBox logBox;
    @FXML private VBox chartBox;
    @FXML private VBox expectBox;
    @FXML private VBox gdbBox;
    @FXML private Menu viewMenu;
    @FXML private Menu recentMenu;
    @FXML private MenuItem undoItem;
    @FXML private MenuItem redoItem;
    @FXML private CheckMenuItem presentationItem;
    @FXML private CheckMenuItem captionItem;
    @FXML private javafx.scene.control.Menu textSizeMenu;
    private org.clusterscope.gui.files.RecentFiles settings = org.clusterscope.gui.files.RecentFiles.inMemory();
    private org.clusterscope.gui.panels.CaptionPanel caption;
    @FXML private CheckMenuItem recordItem;
    @FXML private ToggleButton editTool;
    @FXML private ToggleButton addTool;
    @FXML private ToggleButton linkTool;
    @FXML private ToggleButton cutTool;
    @FXML private ToggleButton recordButton;
    @FXML private Button playButton;
    @FXML private Button stepButton;
    @FXML private Button stepRoleButton;
    private LiveControls liveControls;
    @FXML private Slider speedSlider;
    @FXML private Label speedLabel;
    @FXML private Label clockLabel;
    @FXML private Label statusLabel;
    @FXML private TextField runUntilField;

    private CanvasView canvas;
    private CanvasInput input;
    private TimelineView timeline;
    private LinkEditorView linkEditor;
    private LayoutAnimator layouts;
    private javafx.scene.control.ContextMenu openNodeMenu;
    private OverlayActions overlayActions;
    private EventLogView logView;
    private AnimationTimer clock;

    /** Where window settings (the text size) are remembered: the store the recent files use. */
    public void setSettings(org.clusterscope.gui.files.RecentFiles store) {
        settings = store;
    }

    public MainController(MainViewModel model, DocumentSession session, FileActions files) {
        this.model = model;
        this.session = session;
        this.files = files;
    }

    @FXML
    private void initialize() {
        runUntilField.setTooltip(new javafx.scene.control.Tooltip("The virtual time to run until, " + Span.INPUT_HINT));
        canvas = new CanvasView(() -> model.drawModel(input.overlay(), model.run().wallNow()));
        input = new CanvasInput(canvas, model.editor(), () -> model.presentationProperty().get() ? 26.0 : 18.0);
        input.setOnCut((from, to) -> {
            if (!model.cut(from, to)) {
                statusLabel.setText("The cut line crossed no link");
            }
        });
        input.setOnContextMenu(this::showNodeMenu);
        canvasHost.getChildren().add(canvas);
        caption = new org.clusterscope.gui.panels.CaptionPanel(model.captionTextProperty(), model.captionNoteProperty());
        caption.visibleProperty().bind(model.captionShownProperty());
        canvasHost.getChildren().add(caption);
        layouts = new LayoutAnimator(model.editor());

        timeline = new TimelineView(model::shownTime);
        timelineHost.getChildren().add(timeline);
        timeline.setOnSeek(model.run()::seek);
        timeline.setFrontier(() -> model.run().frontierProperty().get());
        model.run().branchPoints().addListener(
                (javafx.collections.ListChangeListener<Long>) change -> timeline.setBranchPoints(model.run().branchPoints()));

        overlayActions = new OverlayActions(model, session);
        model.inspector().setOverlayRows(overlayActions::rows);
        inspectorBox.getChildren().add(new InspectorView(model.inspector()));
        linkEditor = new LinkEditorView(this::applyLinkSettings);
        linkEditor.setVisible(false);
        linkEditor.managedProperty().bind(linkEditor.visibleProperty());
        inspectorBox.getChildren().add(linkEditor);
        logView = new EventLogView(model.log());
        VBox.setVgrow(logView, javafx.scene.layout.Priority.ALWAYS);
        logBox.getChildren().add(logView);
        logView.setOnSeek(model.run()::seek);
        chartBox.getChildren().add(new ChartView(model.chart()));
        gdbView = new org.clusterscope.gui.panels.GdbView(model::gdbPicture, model::selectedNode, model::setGdbMember);
        VBox.setVgrow(gdbView, javafx.scene.layout.Priority.ALWAYS);
        gdbBox.getChildren().add(gdbView);
        initSequence();

        bindTools();
        bindRunControls();
        liveControls = new LiveControls(model.run(), clockLabel, speedLabel,
                List.of(speedSlider, stepButton, stepRoleButton, runUntilField));
        bindLayers();
        bindEditMenu();
        model.editor().selectionProperty().addListener((obs, was, now) -> selectionChanged(now));
        model.editor().statusProperty().addListener((obs, was, now) -> statusLabel.setText(now));
        model.run().errorProperty().addListener((obs, was, now) -> {
            if (!now.isEmpty()) {
                statusLabel.setText(now);
            }
        });
        bindDocument();
        acceleratedItems(menuBar.getMenus()).forEach(KeyNames::fix);
        root.sceneProperty().addListener((obs, was, scene) -> {
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, this::applicationShortcut);
                scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> TimeKeys.handle(event, model.run()));
                scene.setOnKeyPressed(event -> {
                    if (event.getTarget() instanceof TextField) {
                        return;
                    }
                    if (event.getCode() == KeyCode.E && !event.isShortcutDown()) {
                        editTool.setSelected(true);
                    } else if (event.getCode() == KeyCode.A && !event.isShortcutDown()) {
                        addTool.setSelected(true);
                    } else if (event.getCode() == KeyCode.L && !event.isShortcutDown()) {
                        linkTool.setSelected(true);
                    } else if (event.getCode() == KeyCode.C && !event.isShortcutDown()) {
                        cutTool.setSelected(true);
                    }
                });
            }
        });
        clock = new AnimationTimer() {
            private long lastInspector;

            @Override
            public void handle(long now) {
                long runFor = session.timelineProperty().get().runFor();
                clockLabel.setText(model.clockText(runFor));
                boolean past = runFor > 0 && model.shownTime() > runFor;
                String speed = model.speedText();
                if (!speed.equals(speedLabel.getText())) {
                    speedLabel.setText(speed);
                }
                if (past != clockLabel.getStyleClass().contains("overrun")) {
                    if (past) {
                        clockLabel.getStyleClass().add("overrun");
                    } else {
                        clockLabel.getStyleClass().remove("overrun");
                    }
                }
                if (now - lastInspector > 150_000_000L) {
                    lastInspector = now;
                    model.refreshInspector();
                    gdbView.refresh();
                }
            }
        };
        clock.start();
    }

    /** The text-editing keys a focused text field keeps for itself (select all, undo, redo). */
    private static final List<KeyCombination> TEXT_KEYS = List.of(
            new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN),
            new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN),
            new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));

    /**
     * Runs the menu command whose accelerator {@code event} is, before any control sees the key:
     * otherwise the focused canvas takes Ctrl+Backspace for Delete and Ctrl+Space for panning, and
     * a shortcut would depend on where the last click landed.
     */
    private void applicationShortcut(KeyEvent event) {
        boolean inText = event.getTarget() instanceof TextInputControl;
        for (MenuItem item : acceleratedItems(menuBar.getMenus())) {
            KeyCombination accelerator = item.getAccelerator();
            if (accelerator.match(event) && !(inText && TEXT_KEYS.stream().anyMatch(key -> key.match(event)))) {
                event.consume();
                if (!item.isDisable()) {
                    if (item instanceof CheckMenuItem check) {
                        check.setSelected(!check.isSelected()); // a menu click toggles it; fire() alone does not
                    }
                    item.fire();
                }
                return;
            }
        }
    }

    private static List<MenuItem> acceleratedItems(List<? extends MenuItem> items) {
        List<MenuItem> out = new ArrayList<>();
        for (MenuItem item : items) {
            if (item instanceof Menu menu) {
                out.addAll(acceleratedItems(menu.getItems()));
            } else if (item.getAccelerator() != null) {
                out.add(item);
            }
        }
        return out;
    }

    // ---- wiring ----------------------------------------------------------------------------

    private void bindTools() {
        ToggleGroup tools = new ToggleGroup();
        editTool.setToggleGroup(tools);
        addTool.setToggleGroup(tools);
        linkTool.setToggleGroup(tools);
        cutTool.setToggleGroup(tools);
        tools.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now == null) {
                was.setSelected(true);
                return;
            }
            model.editor().setTool(now == addTool ? Tool.ADD : now == linkTool ? Tool.LINK : now == cutTool ? Tool.CUT : Tool.EDIT);
        });
    }

    private void bindRunControls() {
        speedSlider.valueProperty().addListener((obs, was, value) -> model.run().setSpeed(Math.pow(10, value.doubleValue())));
        model.run().speedProperty().addListener((obs, was, speed) -> speedLabel.setText(speedText(speed.doubleValue())));
        model.run().playingProperty().addListener((obs, was, playing) -> playButton.setText(playing ? "▮▮ Pause" : "▶ Play"));
        recordButton.selectedProperty().bindBidirectional(model.recordingProperty());
        recordItem.selectedProperty().bindBidirectional(model.recordingProperty());
    }

    private void bindLayers() {
        for (Layer layer : Layer.values()) {
            CheckMenuItem item = new CheckMenuItem(layer.title());
            item.setSelected(model.layersProperty().get().contains(layer));
            item.selectedProperty().addListener((obs, was, on) -> model.setLayer(layer, on));
            viewMenu.getItems().add(item);
        }
        presentationItem.selectedProperty().bindBidirectional(model.presentationProperty());
        captionItem.selectedProperty().bindBidirectional(model.captionShownProperty());
        bindTextSize();
        model.presentationProperty().addListener((obs, was, on) -> {
            if (on) {
                root.getStyleClass().add("presentation");
            } else {
                root.getStyleClass().remove("presentation");
            }
            timeline.setFontSize(on ? 15 : 11);
            // the larger toolbar wraps and the canvas shrinks, the labels grow: fit the scene to
            // what is left once laid out, or the bottom labels fall off the canvas
            root.applyCss();
            root.layout();
            fitToWindow();
        });
    }

    /**
     * View ▸ Text Size: Small, Normal or Large for the log, the inspector and the side panel's
     * labels, through a style class on the window's root (see clusterscope.css), remembered
     * between runs.
     */
    private void bindTextSize() {
        javafx.scene.control.ToggleGroup sizes = new javafx.scene.control.ToggleGroup();
        String chosen = settings.textSize();
        for (String size : List.of("small", "normal", "large")) {
            javafx.scene.control.RadioMenuItem item =
                    new javafx.scene.control.RadioMenuItem(Character.toUpperCase(size.charAt(0)) + size.substring(1));
            item.setToggleGroup(sizes);
            item.setUserData(size);
            item.setSelected(size.equals(chosen));
            textSizeMenu.getItems().add(item);
        }
        applyTextSize(chosen);
        sizes.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now != null) {
                String size = (String) now.getUserData();
                settings.setTextSize(size);
                applyTextSize(size);
            }
        });
    }

    private void applyTextSize(String size) {
        root.getStyleClass().removeAll("text-small", "text-normal", "text-large");
        root.getStyleClass().add("text-" + size);
    }

    private void bindDocument() {
        expectBox.getChildren().add(new ExpectationsView(model.expectations()));
        files.attachRecentMenu(recentMenu);
        showTimeline(session.timelineProperty().get());
        session.timelineProperty().addListener((obs, was, now) -> showTimeline(now));
        model.expectations().rows().addListener(
                (javafx.collections.ListChangeListener<ExpectationRow>) change -> showTimeline(session.timelineProperty().get()));
        session.setOnReport(this::setStatus);
        session.setOnOpened(status -> {
            String description = session.scenario() == null ? null : session.scenario().description();
            model.captionTextProperty().set(description == null ? "" : description);
            model.captionNoteProperty().set("");
            fitToWindow();
            setStatus(status);
        });
    }

    private void showTimeline(ScenarioTimeline shown) {
        // an expectation's deadline mark shows its outcome once it is known (✓ or ✘), not "✓?" for ever
        timeline.setMarks(shown.marks().stream()
                .map(mark -> mark.kind() == TimelineMark.Kind.EXPECT
                        ? new TimelineMark(mark.time(), model.expectations().outcomeAt(mark.time()), mark.kind())
                        : mark)
                .toList(), shown.runFor());
    }

    private void bindEditMenu() {
        undoItem.disableProperty().bind(model.editor().canUndoProperty().not()
                .and(model.run().canUndoForkProperty().not()));
        redoItem.disableProperty().bind(model.editor().canRedoProperty().not());
    }

    private void selectionChanged(Selection selection) {
        LinkKey link = selection.singleLink();
        if (link != null && model.editor().document().contains(link)) {
            linkEditor.show(model.editor().document().link(link).orElseThrow(), session.defaultLatencyMs(),
                    session.defaultJitterMs());
            linkEditor.setVisible(true);
        } else {
            linkEditor.setVisible(false);
        }
        model.refreshInspector();
    }

    private void applyLinkSettings(LinkKey key, LinkSettingsValue settings) {
        if (!model.run().startedProperty().get()) {
            model.editor().editLink(key, settings);
            return;
        }
        // while running, the link panel acts on the live network as faults
        model.apply(settings.up() ? new Command.LinkUp(key.a(), key.b()) : new Command.LinkDown(key.a(), key.b()));
        model.apply(new Command.SetLink(key.a(), key.b(),
                new LinkOverrides(settings.latencyMs(), settings.jitterMs(), settings.loss())));
    }

    private void showNodeMenu(Optional<NodeId> node, ContextMenuEvent event) {
        if (openNodeMenu != null) {
            openNodeMenu.hide();
        }
        if (node.isEmpty()) {
            showDiscoveredLinkMenu(event);
            return;
        }
        model.editor().selectOnly(node.get());
        NodeMenu menu = new NodeMenu(node.get(), model::apply);
        menu.addPrivateItem(overlayActions.isPrivate(node.get()), on -> overlayActions.setPrivate(node.get(), on));
        openNodeMenu = menu;
        openNodeMenu.show(canvas, event.getScreenX(), event.getScreenY());
    }

    /** A discovered link's menu (PROTOCOL.md §8): Close, as the {@code close} command record mode keeps. */
    private void showDiscoveredLinkMenu(ContextMenuEvent event) {
        Point2D world = canvas.viewport().toWorld(event.getX(), event.getY());
        overlayActions.discoveredLinkAt(world, 8 / canvas.viewport().scale()).ifPresent(link -> {
            MenuItem close = new MenuItem("Close discovered link " + link.a() + "–" + link.b());
            close.setId("close-link-item");
            close.setOnAction(action -> overlayActions.close(link));
            openNodeMenu = new javafx.scene.control.ContextMenu(close);
            openNodeMenu.show(canvas, event.getScreenX(), event.getScreenY());
        });
    }

    private static String speedText(double speed) {
        return speed < 1 ? String.format(java.util.Locale.ROOT, "%.1f×", speed) : String.format(java.util.Locale.ROOT, "%.0f×", speed);
    }

    /** Stops the simulation and every per-frame timer of the window, for good. */
    public void dispose() {
        model.run().shutdown();
        canvas.stop();
        timeline.stop();
        logView.stop();
        clock.stop();
        sequencePanel.stop();
        sequenceWindow.close();
    }

    /** The Sequence tab, its detached window for a projector, both following the instant the window shows. */
    private void initSequence() {
        var feed = new org.clusterscope.gui.sequence.SequenceFeed(model.run().driverProperty(), model.run()::nodeIds);
        model.run().addDriverListener(feed::attach);
        java.util.function.LongSupplier shown = () -> model.run().instantProperty().get();
        java.util.function.Supplier<String> name = () -> session.scenario().name();
        sequencePanel = new org.clusterscope.gui.sequence.SequencePanel(feed, shown, model.run()::nodeIds, name,
                statusLabel::setText, 1);
        VBox.setVgrow(sequencePanel, javafx.scene.layout.Priority.ALWAYS);
        sequenceBox.getChildren().add(sequencePanel);
        sequenceWindow = new org.clusterscope.gui.sequence.SequenceWindow(() -> new org.clusterscope.gui.sequence
                .SequencePanel(feed, shown, model.run()::nodeIds, name, statusLabel::setText, 1.6));
        sequencePanel.setOnDetach(() -> sequenceWindow.show(root.getScene().getWindow()));
    }

    @FXML private void onExportSequenceSvg() {
        sequencePanel.exportSvg(root.getScene().getWindow());
    }

    @FXML private void onExportSequencePng() {
        sequencePanel.exportPng(root.getScene().getWindow());
    }

    // ---- what tests need -------------------------------------------------------------------

    /** The context menu opened last on the canvas (a node's, or a discovered link's), or null. */
    public javafx.scene.control.ContextMenu openContextMenu() {
        return openNodeMenu;
    }

    /** Public mode's actions: private nodes, closing discovered links, keeping them, the settings. */
    public OverlayActions overlayActions() {
        return overlayActions;
    }

    /** The Sequence tab's panel. */
    public org.clusterscope.gui.sequence.SequencePanel sequencePanel() {
        return sequencePanel;
    }

    /** The detached sequence diagram window. */
    public org.clusterscope.gui.sequence.SequenceWindow sequenceWindow() {
        return sequenceWindow;
    }

    /** The toolbar's LIVE badge as it reads now: empty while simulating. */
    public String liveBadgeText() {
        return liveControls.badge().isVisible() ? liveControls.badge().getText() : "";
    }

    /** The GDB tab's panel. */
    public org.clusterscope.gui.panels.GdbView gdbView() {
        return gdbView;
    }

    /** The canvas's mouse and key handling, with the tooltip naming the node under the mouse. */
    public CanvasInput canvasInput() {
        return input;
    }

    public EventLogView logView() {
        return logView;
    }

    public CanvasView canvas() {
        return canvas;
    }

    public TimelineView timeline() {
        return timeline;
    }

    /** The caption panel over the canvas (View ▸ Caption). */
    public org.clusterscope.gui.panels.CaptionPanel caption() {
        return caption;
    }

    public MainViewModel model() {
        return model;
    }

    public Stage stage() {
        return (Stage) root.getScene().getWindow();
    }

    public void setStatus(String text) {
        statusLabel.setText(text);
    }

    // ---- menu and toolbar actions ----------------------------------------------------------

    @FXML private void onNew() {
        files.newDocument();
    }

    @FXML private void onOpen() {
        files.open();
    }

    @FXML private void onSave() {
        files.save();
    }

    @FXML private void onSaveAs() {
        files.saveAs();
    }

    @FXML private void onExportPng() {
        files.exportPng(canvas, 1);
    }

    @FXML private void onExportPng2() {
        files.exportPng(canvas, 2);
    }

    @FXML private void onExportPng4() {
        files.exportPng(canvas, 4);
    }

    @FXML private void onQuit() {
        if (files.confirmDiscard()) {
            stage().close();
        }
    }

    @FXML private void onUndo() {
        if (!model.undoFork()) {
            model.editor().undo();
        }
    }

    @FXML private void onStepBack() {
        model.run().stepBack();
    }

    @FXML private void onPreviousRole() {
        model.run().previousRoleChange();
    }

    @FXML private void onRedo() {
        model.editor().redo();
    }

    @FXML private void onDelete() {
        model.editor().deleteSelection();
    }

    @FXML private void onSelectAll() {
        model.editor().selectAll();
    }

    @FXML private void onRing() {
        model.editor().wireSelection(ShapeKind.RING);
    }

    @FXML private void onStar() {
        model.editor().wireSelection(ShapeKind.STAR);
    }

    @FXML private void onClique() {
        model.editor().wireSelection(ShapeKind.CLIQUE);
    }

    @FXML private void onMarkSet() {
        model.editor().markSelectionForConnect();
    }

    @FXML private void onConnect() {
        model.editor().connectToMarked();
    }

    @FXML private void onAddNodes() {
        javafx.scene.control.TextInputDialog dialog = new javafx.scene.control.TextInputDialog("5 ring");
        dialog.setTitle("Add nodes");
        dialog.setHeaderText("How many new nodes, wired as what? e.g. 12 ring, 7 star, 6 clique (up to "
                + AddNodesRequest.MAX_NODES + ")");
        dialog.initOwner(stage());
        dialog.showAndWait().ifPresent(text -> {
            try {
                AddNodesRequest request = AddNodesRequest.parse(text);
                Point2D viewCentre = canvas.viewport().toWorld(canvas.getWidth() / 2, canvas.getHeight() / 2);
                model.editor().addNodesAs(request.count(), request.shape(),
                        model.editor().centreBesideExisting(request.count(), viewCentre));
                fitToWindow();
            } catch (IllegalArgumentException bad) {
                statusLabel.setText("Add nodes: " + bad.getMessage());
            }
        });
    }

    @FXML private void onKeepDiscovered() {
        int kept = overlayActions.keepDiscoveredLinks();
        statusLabel.setText(kept == 0 ? "Keep discovered links: there are none now (play a scenario in public mode)"
                : "Kept " + org.clusterscope.gui.doc.Words.count(kept, "discovered link")
                        + " as file links (Undo takes them back; Save As keeps the mesh as a new scenario)");
    }

    @FXML private void onPublicMode() {
        org.clusterscope.gui.panels.PublicModeDialog dialog =
                new org.clusterscope.gui.panels.PublicModeDialog(session.overlay().settings());
        dialog.initOwner(stage());
        dialog.showAndWait().ifPresent(overlayActions::setSettings);
    }

    @FXML private void onLayoutCircle() {
        layout(LayoutKind.CIRCLE);
    }

    @FXML private void onLayoutGrid() {
        layout(LayoutKind.GRID);
    }

    @FXML private void onLayoutForce() {
        layout(LayoutKind.FORCE);
    }

    private void layout(LayoutKind kind) {
        var document = model.editor().document();
        layouts.animate("Layout: " + kind.word(), kind.positions(document.nodes(), document.links(), 1));
    }

    @FXML private void onFit() {
        fitToWindow();
    }

    /** Zooms and pans so that every node is visible. */
    public void fitToWindow() {
        boolean presentation = model.presentationProperty().get();
        double margin = presentation ? 110 : 80;
        // the legend sits in the lower left corner: the nodes are fitted beside it, never under it,
        // unless the canvas is too narrow to spare the strip
        double strip = model.layersProperty().get().contains(Layer.LEGEND) ? CanvasView.legendStrip(presentation) : 0;
        if (canvas.getWidth() - strip < 2 * margin + 200) {
            strip = 0;
        }
        canvas.viewport().fit(model.editor().bounds(), canvas.getWidth() - strip, canvas.getHeight(), margin);
        canvas.viewport().panBy(strip, 0);
    }

    @FXML private void onZoomIn() {
        canvas.viewport().zoomAt(canvas.getWidth() / 2, canvas.getHeight() / 2, 1.25);
    }

    @FXML private void onZoomOut() {
        canvas.viewport().zoomAt(canvas.getWidth() / 2, canvas.getHeight() / 2, 0.8);
    }

    @FXML private void onFullScreen() {
        stage().setFullScreen(!stage().isFullScreen());
    }

    @FXML private void onPlayPause() {
        model.run().togglePlay();
    }

    @FXML private void onStep() {
        model.run().step();
    }

    @FXML private void onStepRole() {
        model.run().nextRoleChange();
    }

    @FXML private void onReset() {
        model.run().reset();
        model.log().clear();
        model.chart().clear();
        statusLabel.setText("Reset: time 0, the topology can be edited again");
    }

    @FXML private void onRunUntil() {
        String text = runUntilField.getText().strip();
        try {
            model.run().runUntil(Span.parseInput(text).micros());
        } catch (IllegalArgumentException bad) {
            statusLabel.setText("Run until: " + bad.getMessage());
        }
    }

    // ---- real sockets (Simulation ▸ Run on Real Sockets, File ▸ Observe Network…) -------------

    @FXML private void onRunLive() {
        runLive();
    }

    /** Starts the topology as it is now on real sockets in this process, playing; Reset ends it. */
    public void runLive() {
        model.log().clear();
        model.chart().clear();
        model.run().playLive(() -> {
            model.expectations().reset();
            return org.clusterscope.gui.bridge.LiveClusterPort.of(session.currentScenario());
        });
        if (!model.run().liveProperty().get().isEmpty()) {
            statusLabel.setText("Live on real sockets: " + model.run().liveProperty().get());
        }
    }

    @FXML private void onSimulatedTwin() {
        SideBySide.openTwin(stage(), session.currentScenario(), this);
    }

    @FXML private void onObserveNetwork() {
        org.clusterscope.gui.observe.ObserveWindow.ask(stage());
    }

    @FXML private void onKillMaster() {
        model.apply(Command.killMaster());
    }

    @FXML private void onHeal() {
        model.apply(new Command.Heal());
    }

    // ---- GDB commands (PROTOCOL.md §7): applied like any fault, and kept by record mode ----

    @FXML private void onGdbWrite() {
        NodeId node = model.selectedNode();
        if (node == null) {
            statusLabel.setText("Select one node to write a GDB record from");
            return;
        }
        ask("Write a GDB record", "Record to write on " + node + ", as group/key=value", "mycluster.gdb.group.mask.x/key=value")
                .ifPresent(text -> {
                    int slash = text.indexOf('/');
                    int equals = text.indexOf('=', Math.max(slash, 0));
                    if (slash <= 0 || equals <= slash + 1) {
                        statusLabel.setText("Write a record as group/key=value");
                        return;
                    }
                    model.apply(new Command.GdbWrite(node, text.substring(0, slash), text.substring(slash + 1, equals),
                            text.substring(equals + 1)));
                });
    }

    @FXML private void onGdbDelete() {
        NodeId node = model.selectedNode();
        if (node == null) {
            statusLabel.setText("Select one node to delete a GDB record from");
            return;
        }
        ask("Delete a GDB record", "Record to delete on " + node + ", as group/key", "mycluster.gdb.group.mask.x/key")
                .ifPresent(text -> {
                    int slash = text.indexOf('/');
                    if (slash <= 0 || slash == text.length() - 1) {
                        statusLabel.setText("Name the record as group/key");
                        return;
                    }
                    model.apply(new Command.GdbDelete(node, text.substring(0, slash), text.substring(slash + 1)));
                });
    }

    @FXML private void onNetDown() {
        chooseNet("Take a GDB network down").ifPresent(net -> model.apply(new Command.NetDown(net)));
    }

    @FXML private void onNetUp() {
        chooseNet("Bring a GDB network up").ifPresent(net -> model.apply(new Command.NetUp(net)));
    }

    private java.util.Optional<String> chooseNet(String title) {
        org.clusterscope.runtime.GdbPicture picture = model.gdbPicture();
        if (picture == null || picture.nets().isEmpty()) {
            statusLabel.setText("No GDB networks running: start a scenario with a \"gdb\" section");
            return java.util.Optional.empty();
        }
        java.util.List<String> names = picture.nets().stream().map(org.clusterscope.runtime.GdbPicture.Net::name).toList();
        javafx.scene.control.ChoiceDialog<String> dialog = new javafx.scene.control.ChoiceDialog<>(names.get(0), names);
        dialog.initOwner(root.getScene().getWindow());
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        return dialog.showAndWait();
    }

    private java.util.Optional<String> ask(String title, String header, String prompt) {
        javafx.scene.control.TextInputDialog dialog = new javafx.scene.control.TextInputDialog();
        dialog.initOwner(root.getScene().getWindow());
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getEditor().setPromptText(prompt);
        return dialog.showAndWait().map(String::strip).filter(text -> !text.isEmpty());
    }

    @FXML private void onStartAll() {
        int started = model.startAll();
        statusLabel.setText(started == 0 ? "Start all: every node is running (or press Play first)"
                : "Start all: starting " + org.clusterscope.gui.doc.Words.count(started, "node"));
    }

    @FXML private void onRestartAll() {
        int restarted = model.restartAll();
        statusLabel.setText(restarted == 0 ? "Restart all: press Play first"
                : "Restart all: restarting " + org.clusterscope.gui.doc.Words.count(restarted, "node"));
    }

    @FXML private void onNemesisHalves() {
        model.apply(new Command.Nemesis(NemesisPattern.HALVES));
    }

    @FXML private void onNemesisRandomHalves() {
        model.apply(new Command.Nemesis(NemesisPattern.RANDOM_HALVES));
    }

    @FXML private void onNemesisIsolate() {
        model.apply(new Command.Nemesis(NemesisPattern.ISOLATE, model.selectedNode()));
    }

    @FXML private void onNemesisBridge() {
        model.apply(new Command.Nemesis(NemesisPattern.BRIDGE));
    }

    @FXML private void onNemesisMajoritiesRing() {
        model.apply(new Command.Nemesis(NemesisPattern.MAJORITIES_RING));
    }
}
