package org.clusterscope.gui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

import org.clusterscope.core.NodeId;
import org.clusterscope.core.NodeState;
import org.clusterscope.gui.bridge.Flight;
import org.clusterscope.gui.bridge.LinkLive;
import org.clusterscope.gui.doc.LinkKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A crowded canvas is drawn from cached layers; whatever changes must still be on screen in the
 * very next frame. Each story paints a frame, changes one thing, paints the next frame and looks
 * at the pixels where a user would look.
 */
@ExtendWith(ApplicationExtension.class)
class CrowdedCanvasTest {

    /** Node n12: column 1, row 1, at (100, 100) at scale 1. */
    private static final NodeId NODE = CrowdedScene.id(1, 1);
    private static final double NODE_X = CrowdedScene.x(1);
    private static final double NODE_Y = CrowdedScene.y(1);
    /** A point inside the node's disc, clear of its label and of the marks that tell states apart. */
    private static final double INSIDE = 10;
    /** The horizontal link from n12 to n13. */
    private static final LinkKey LINK = LinkKey.of(NODE, CrowdedScene.id(2, 1));

    private final AtomicReference<CrowdedScene> scene = new AtomicReference<>(CrowdedScene.grid());
    /** The canvas's wall clock, moved on by hand: no story waits for real time to pass. */
    private final AtomicLong wallNanos = new AtomicLong(1_000_000_000L);
    private CanvasView view;

    @Start
    void start(Stage stage) {
        view = new CanvasView(() -> scene.get().model());
        view.useWallClock(wallNanos::get);
        view.viewport().set(1, 0, 0);
        stage.setScene(new Scene(view, 800, 600));
        stage.show();
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> view.stop());
    }

    @Test
    void aNodeWhoseStateChangesIsDrawnInItsNewStateOnTheNextFrame(FxRobot robot) {
        assertThat(CanvasPainter.crowded(scene.get().model())).as("the scene takes the cached path").isTrue();
        assertDrawn(frame(robot).at(NODE_X, NODE_Y + INSIDE), Palette.fill(NodeState.SLAVE), "");

        scene.set(scene.get().withState(NODE, NodeState.DOWN));
        assertDrawn(frame(robot).at(NODE_X, NODE_Y + INSIDE), Palette.fill(NodeState.DOWN), "");

        scene.set(scene.get().withState(NODE, NodeState.MASTER));
        assertDrawn(frame(robot).at(NODE_X, NODE_Y + INSIDE), Palette.fill(NodeState.MASTER), "");
    }

    @Test
    void aVoteCastIsDrawnAsAnArrowOnTheNextFrame(FxRobot robot) {
        // n12 at (100, 100) votes for n1 at (40, 40): the arrow leaves n12 up and to the left
        double along = 39; // past n12's disc (radius 18 + 2), halfway along the 38-unit stub
        double x = NODE_X - along / Math.sqrt(2);
        double y = NODE_Y - along / Math.sqrt(2);
        assertDrawn(frame(robot).at(x, y), Palette.BACKGROUND, "no vote yet");

        scene.set(scene.get().withVote(NODE, CrowdedScene.id(0, 0)));
        assertDrawn(frame(robot).at(x, y), Palette.BACKGROUND.interpolate(Palette.VOTE, 0.85), "n12's vote");

        scene.set(scene.get().withVote(NODE, null));
        assertDrawn(frame(robot).at(x, y), Palette.BACKGROUND, "the vote withdrawn");
    }

    @Test
    void panningAndZoomingRedrawTheCachedLayersAtTheNewPlace(FxRobot robot) {
        assertDrawn(frame(robot).at(NODE_X, NODE_Y + INSIDE), Palette.fill(NodeState.SLAVE), "");

        robot.interact(() -> view.viewport().panBy(30, 0));
        Pixels panned = frame(robot);
        assertDrawn(panned.at(NODE_X + 30, NODE_Y + INSIDE), Palette.fill(NodeState.SLAVE), "");
        assertDrawn(panned.at(NODE_X, NODE_Y + INSIDE), Palette.BACKGROUND, "where the node was");

        robot.interact(() -> view.viewport().set(1.5, 0, 0));
        Pixels zoomed = frame(robot);
        assertDrawn(zoomed.at(NODE_X * 1.5, NODE_Y * 1.5 + INSIDE * 1.5), Palette.fill(NodeState.SLAVE), "");
        assertDrawn(zoomed.at(NODE_X, NODE_Y + INSIDE), Palette.BACKGROUND, "where the node was");
    }

    @Test
    void aLinkThatGoesDownIsDrawnDownAndALinksToggleHidesThemAll(FxRobot robot) {
        // 25 units from n12 along the link: past the node's disc, on a dash, short of the break mark
        double x = NODE_X + 25;
        assertDrawn(frame(robot).at(x, NODE_Y), Palette.LINK_UP, "");

        scene.set(scene.get().withLink(LINK, new LinkLive(false, false, 0, 0)));
        assertDrawn(frame(robot).at(x, NODE_Y), Palette.LINK_DOWN, "");

        scene.set(scene.get().without(Layer.LINKS));
        assertDrawn(frame(robot).at(x, NODE_Y), Palette.BACKGROUND, "");
    }

    @Test
    void aLinkThatGetsBusyGlowsWithinAQuarterOfASecond(FxRobot robot) {
        // 4 units beside the link, clear of its 2-unit line, inside a busy link's 13-unit glow
        double x = NODE_X + 25;
        double y = NODE_Y + 4;
        assertDrawn(frame(robot).at(x, y), Palette.BACKGROUND, "an idle link");

        scene.set(scene.get().withLink(LINK, new LinkLive(true, false, 0, 100)));
        Pixels soon = frame(robot);
        assertDrawn(soon.at(x, y), Palette.BACKGROUND, "the glow held back within a quarter of a second of the last redraw");
        wallNanos.addAndGet(LayeredPainter.GLOW_REFRESH_NANOS);
        // 100 hops/s is the top glow level: 54 % of the glow colour
        assertDrawn(frame(robot).at(x, y), Palette.BACKGROUND.interpolate(Palette.GLOW, 0.15 + 0.45 * 0.875),
                "the busy link's glow");
    }

    @Test
    void aPacketIsDrawnWhereItIsOnEveryFrameWhileTheLayersUnderAndOverItAreReused(FxRobot robot) {
        // a beacon leaving n12 for n13 (60 units away) at t = 1 s, on the link for 120 ms: half a unit per ms
        Flight beacon = new Flight("beacon", NODE, CrowdedScene.id(2, 1), 1_000_000, 1_120_000);
        scene.set(scene.get().withFlights(List.of(beacon)).at(1_050_000));
        assertDrawn(frame(robot).at(NODE_X + 25, NODE_Y), Palette.packet("beacon"), "25 units along");
        LayeredPainter layers = view.painter().layered();
        int backDraws = layers.backDraws();
        int frontDraws = layers.frontDraws();

        scene.set(scene.get().at(1_074_000));
        Pixels later = frame(robot);
        assertDrawn(later.at(NODE_X + 37, NODE_Y), Palette.packet("beacon"), "37 units along");
        assertDrawn(later.at(NODE_X + 25, NODE_Y), Palette.LINK_UP, "where the packet was");
        assertThat(layers.backDraws()).as("links redrawn").isEqualTo(backDraws);
        assertThat(layers.frontDraws()).as("nodes redrawn").isEqualTo(frontDraws);
    }

    @Test
    void aPacketArrivingAtANodeGoesUnderIt(FxRobot robot) {
        // down from n12 to n22: 50 of 60 units along, the beacon is 10 units inside n22's disc
        Flight beacon = new Flight("beacon", NODE, CrowdedScene.id(1, 2), 1_000_000, 1_120_000);
        scene.set(scene.get().withFlights(List.of(beacon)).at(1_100_000));
        assertDrawn(frame(robot).at(NODE_X, NODE_Y + 50), Palette.fill(NodeState.SLAVE), "the beacon under n22");
    }

    @Test
    void aSelectedNodeGetsItsHaloOnTheNextFrame(FxRobot robot) {
        // between the disc's rim (radius 18 + 1) and the halo's (radius 25), diagonally: no link there
        double offset = 22;
        double hx = NODE_X + offset / Math.sqrt(2);
        double hy = NODE_Y + offset / Math.sqrt(2);
        assertDrawn(frame(robot).at(hx, hy), Palette.BACKGROUND, "");

        scene.set(scene.get().withSelected(Set.of(NODE)));
        assertDrawn(frame(robot).at(hx, hy), Palette.BACKGROUND.interpolate(Palette.SELECTION, 0.35), "");
    }

    /** Paints the next frame, as the timer would on the next pulse, and takes what is on screen. */
    private Pixels frame(FxRobot robot) {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> {
            view.repaint();
            image[0] = view.canvas().snapshot(null, null);
        });
        return new Pixels(image[0]);
    }

    /** A snapshot of the canvas, read at canvas points. */
    private record Pixels(WritableImage image) {
        Color at(double x, double y) {
            return image.getPixelReader().getColor((int) Math.floor(x), (int) Math.floor(y));
        }
    }

    /** Colours compare within a small tolerance: anti-aliasing and 8-bit blending round a little. */
    private static void assertDrawn(Color actual, Color expected, String what) {
        double distance = Math.max(Math.abs(actual.getRed() - expected.getRed()),
                Math.max(Math.abs(actual.getGreen() - expected.getGreen()),
                        Math.abs(actual.getBlue() - expected.getBlue())));
        assertThat(distance).as("%s expected %s, drew %s", what, expected, actual).isLessThan(0.06);
    }
}
