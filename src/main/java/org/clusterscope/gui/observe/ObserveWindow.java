package org.clusterscope.gui.observe;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.clusterscope.runtime.ClusterObserver;
import org.clusterscope.runtime.StandaloneNode;

/**
 * File ▸ Observe Network…: listens to a real cluster on a multicast group without joining it
 * ({@link ClusterObserver}, the {@code observe} command's listener) and draws its members as
 * they appear: role, vote and tags, a ring when a beacon arrives, a Tcl member as a square (it
 * has no vote), and members lost by silence or goodbye greyed out for a while. The log beside
 * it has the observer's lines.
 */
public final class ObserveWindow {

    /** How long a lost member stays drawn, greyed, after it is lost. */
    static final long GONE_SHOWN_NANOS = 15_000_000_000L;

    private final ClusterObserver observer;
    private final ObservableList<String> lines = FXCollections.observableArrayList();
    private final Map<String, Gone> gone = new LinkedHashMap<>();
    private final Map<String, Long> lastHeard = new LinkedHashMap<>();
    private final Map<String, Long> beaconSeen = new LinkedHashMap<>();
    private final ObserveCanvas canvas = new ObserveCanvas();
    private final Stage stage = new Stage();
    private final AnimationTimer timer;
    private AutoCloseable listening;

    /** A member no longer heard: why (silence or goodbye) and when the window learned it. */
    record Gone(String why, long sinceNanos) {
    }

    private ObserveWindow(InetSocketAddress group, long ttlMicros) {
        observer = new ClusterObserver(line -> Platform.runLater(() -> logged(line)), ttlMicros);
        ListView<String> log = new ListView<>(lines);
        log.setId("observeLog");
        Pane host = new Pane(canvas);
        canvas.widthProperty().bind(host.widthProperty());
        canvas.heightProperty().bind(host.heightProperty());
        SplitPane split = new SplitPane(host, log);
        split.setDividerPositions(0.66);
        Label header = new Label("Observing " + group.getAddress().getHostAddress() + ":" + group.getPort()
                + " without joining: members appear as their beacons arrive; a member silent for "
                + org.clusterscope.core.SimTime.format(ttlMicros) + " is lost");
        header.setStyle("-fx-padding: 4 8 4 8;");
        BorderPane root = new BorderPane(split);
        root.setTop(header);
        stage.setTitle("Observe " + group.getAddress().getHostAddress() + ":" + group.getPort());
        stage.setScene(new Scene(root, 980, 620));
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                refresh(now);
            }
        };
        stage.setOnHidden(event -> close());
    }

    /** Asks for a group (and the time to live) and opens the window on it; a bad entry says why. */
    public static void ask(Window owner) {
        TextInputDialog dialog = new TextInputDialog("230.230.230.230:23000");
        dialog.initOwner(owner);
        dialog.setTitle("Observe Network");
        dialog.setHeaderText("Listen to a real cluster without joining it");
        dialog.setContentText("Multicast group (address:port)");
        Optional<String> answer = dialog.showAndWait();
        answer.ifPresent(text -> {
            try {
                open(StandaloneNode.parseGroup(text.strip()), 3_500_000L);
            } catch (IllegalArgumentException | IOException bad) {
                new Alert(Alert.AlertType.ERROR, "Cannot observe " + text.strip() + ": " + bad.getMessage())
                        .showAndWait();
            }
        });
    }

    /** Opens a window listening to {@code group}, on this host only (TTL 0, as a node with {@code --remote 0}). */
    public static ObserveWindow open(InetSocketAddress group, long ttlMicros) throws IOException {
        ObserveWindow window = new ObserveWindow(group, ttlMicros);
        window.listening = window.observer.listen(group, 0);
        window.timer.start();
        window.stage.show();
        return window;
    }

    public Stage stage() {
        return stage;
    }

    /** The members heard and not lost, for tests. */
    public List<ClusterObserver.Member> members() {
        return observer.members();
    }

    /** The ids drawn greyed out as lost, for tests. */
    public List<String> goneIds() {
        return List.copyOf(gone.keySet());
    }

    /** The observer's lines, oldest first. */
    public List<String> lines() {
        return List.copyOf(lines);
    }

    public ObserveCanvas canvas() {
        return canvas;
    }

    private void logged(String line) {
        lines.add(line);
        int space = line.indexOf(' ');
        String id = space < 0 ? line : line.substring(0, space);
        if (line.startsWith(id + " is lost")) {
            gone.put(id, new Gone("lost: silent", System.nanoTime()));
        } else if (line.startsWith(id + " leaves")) {
            gone.put(id, new Gone("left: goodbye", System.nanoTime()));
        } else if (line.startsWith(id + " appears")) {
            gone.remove(id);
        }
    }

    private void refresh(long now) {
        List<ClusterObserver.Member> members = observer.members();
        for (ClusterObserver.Member member : members) {
            Long before = lastHeard.put(member.id(), member.lastHeard());
            if (before == null || before != member.lastHeard()) {
                beaconSeen.put(member.id(), now);
            }
        }
        gone.values().removeIf(g -> now - g.sinceNanos() > GONE_SHOWN_NANOS);
        canvas.draw(members, gone, beaconSeen, now);
    }

    /** Stops listening and closes the window's socket. */
    public void close() {
        timer.stop();
        if (listening != null) {
            try {
                listening.close();
            } catch (Exception ignored) {
                // the socket is going away either way
            }
            listening = null;
        }
        if (stage.isShowing()) {
            stage.close();
        }
    }
}
