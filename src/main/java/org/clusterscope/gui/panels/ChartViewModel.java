package org.clusterscope.gui.panels;

import java.util.List;

import javafx.collections.ObservableList;
import javafx.scene.chart.XYChart;

import org.clusterscope.gui.bridge.StatsSample;

/**
 * The series of the charts — messages per second and masters over virtual time, and in public
 * mode the overlay's degrees and diameter — as observable chart data, keeping the last {@link #WINDOW} samples. FX thread only.
 */
public final class ChartViewModel {

    public static final int WINDOW = 240;

    private final XYChart.Series<Number, Number> messages = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> masters = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> minDegree = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> meanDegree = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> maxDegree = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> diameter = new XYChart.Series<>();
    private final javafx.beans.property.ReadOnlyBooleanWrapper overlayShown =
            new javafx.beans.property.ReadOnlyBooleanWrapper();

    public ChartViewModel() {
        messages.setName("messages/s");
        masters.setName("masters");
        minDegree.setName("min degree");
        meanDegree.setName("mean degree");
        maxDegree.setName("max degree");
        diameter.setName("diameter");
    }

    /**
     * The overlay chart's series (PROTOCOL.md §8), in public mode: the least, mean and greatest
     * degree of the running nodes and the overlay's diameter in hops, each drawn as steps.
     */
    public List<XYChart.Series<Number, Number>> overlay() {
        return List.of(minDegree, meanDegree, maxDegree, diameter);
    }

    /** True once the run has sent an overlay sample: a private run shows no overlay chart. */
    public javafx.beans.property.ReadOnlyBooleanProperty overlayShownProperty() {
        return overlayShown.getReadOnlyProperty();
    }

    /**
     * Adds public mode's samples. Degrees and the diameter jump when a link opens or closes, they
     * never slide: every series is a step. A diameter of -1 (not all connected) leaves a gap in
     * the diameter series, drawn as no point rather than as a fall to zero.
     */
    public void appendOverlay(List<org.clusterscope.gui.bridge.OverlaySample> samples) {
        for (var sample : samples) {
            double seconds = sample.time() / 1e6;
            addStep(minDegree.getData(), seconds, sample.minDegree());
            addStep(meanDegree.getData(), seconds, Math.round(sample.meanDegree() * 100) / 100.0);
            addStep(maxDegree.getData(), seconds, sample.maxDegree());
            if (sample.diameter() >= 0) {
                addStep(diameter.getData(), seconds, sample.diameter());
            }
        }
        if (!samples.isEmpty()) {
            overlayShown.set(true);
        }
    }

    public XYChart.Series<Number, Number> messages() {
        return messages;
    }

    public XYChart.Series<Number, Number> masters() {
        return masters;
    }

    public void append(List<StatsSample> samples) {
        for (StatsSample sample : samples) {
            double seconds = sample.time() / 1e6;
            add(messages.getData(), seconds, sample.messagesPerSecond());
            addStep(masters.getData(), seconds, sample.masters());
        }
    }

    public void clear() {
        messages.getData().clear();
        masters.getData().clear();
        overlay().forEach(series -> series.getData().clear());
        overlayShown.set(false);
    }

    /**
     * The number of masters is a count that jumps, not a quantity that slides: it is drawn as
     * steps, the old value held until the instant of the new one, never a slope between samples.
     */
    private static void addStep(ObservableList<XYChart.Data<Number, Number>> data, double x, double y) {
        if (!data.isEmpty()) {
            Number last = data.get(data.size() - 1).getYValue();
            if (last.doubleValue() != y) {
                add(data, x, last.doubleValue());
            }
        }
        add(data, x, y);
    }

    private static void add(ObservableList<XYChart.Data<Number, Number>> data, double x, double y) {
        data.add(new XYChart.Data<>(x, y));
        if (data.size() > WINDOW) {
            data.remove(0, data.size() - WINDOW);
        }
    }
}
