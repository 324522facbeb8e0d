package org.clusterscope.gui.panels;

import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Small line charts over virtual seconds: messages per second, the number of masters, and in
 * public mode the overlay's min, mean and max degree and its diameter (PROTOCOL.md §8).
 */
public final class ChartView extends VBox {

    public ChartView(ChartViewModel model) {
        LineChart<Number, Number> messages = chart("messages / s", false);
        messages.getData().add(model.messages());
        LineChart<Number, Number> masters = chart("masters", true);
        masters.getData().add(model.masters());
        VBox.setVgrow(messages, Priority.ALWAYS);
        VBox.setVgrow(masters, Priority.ALWAYS);
        LineChart<Number, Number> overlay = chart("overlay (degree, hops)", false);
        overlay.setId("overlay-chart");
        overlay.getData().addAll(model.overlay());
        overlay.setLegendVisible(true);
        overlay.visibleProperty().bind(model.overlayShownProperty());
        overlay.managedProperty().bind(overlay.visibleProperty());
        VBox.setVgrow(overlay, Priority.ALWAYS);
        getChildren().addAll(messages, masters, overlay);
    }

    private static LineChart<Number, Number> chart(String title, boolean integers) {
        NumberAxis x = new NumberAxis();
        x.setLabel("virtual time (s)");
        x.setForceZeroInRange(false);
        NumberAxis y = new NumberAxis();
        y.setLabel(title);
        if (integers) {
            y.setAutoRanging(false);
            y.setLowerBound(0);
            y.setUpperBound(4);
            y.setTickUnit(1);
        }
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setCreateSymbols(false);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setTitle(title);
        chart.setMinHeight(140);
        return chart;
    }
}
