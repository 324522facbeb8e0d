package org.clusterscope.gui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The desktop app. */
public final class App extends Application {

    @Override
    public void start(Stage stage) {
        stage.setTitle("ClusterScope");
        stage.setScene(new Scene(new StackPane(new Label("ClusterScope")), 1200, 800));
        stage.show();
    }
}
