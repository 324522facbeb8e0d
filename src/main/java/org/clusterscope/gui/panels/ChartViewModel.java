package org.clusterscope.gui.panels;

import java.util.List;

import javafx.collections.ObservableList;
import javafx.scene.chart.XYChart;

import org.clusterscope.gui.bridge.StatsSample;

/**
 * The two series of the chart — messages per second and masters over virtual time — as
 * observable chart data, keeping the last {@link #WINDOW} samples. FX thread only.
 */
public final class ChartViewModel {

    public static final int WINDOW = 240;

    private final XYChart.Series<Number, Number> messages = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> masters = new XYChart.Series<>();

    public ChartViewModel() {
        messages.setName("messages/s");
        masters.setName("masters");
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
