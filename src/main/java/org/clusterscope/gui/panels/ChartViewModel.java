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
            add(masters.getData(), seconds, sample.masters());
        }
    }

    public void clear() {
        messages.getData().clear();
        masters.getData().clear();
    }

    private static void add(ObservableList<XYChart.Data<Number, Number>> data, double x, double y) {
        data.add(new XYChart.Data<>(x, y));
        if (data.size() > WINDOW) {
            data.remove(0, data.size() - WINDOW);
        }
    }
}
