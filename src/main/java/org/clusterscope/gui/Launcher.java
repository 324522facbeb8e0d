package org.clusterscope.gui;

import javafx.application.Application;

/** Starts the JavaFX application from a plain class, so the fat jar can open the window. */
public final class Launcher {

    private Launcher() {
    }

    public static void open(String[] args) {
        Application.launch(App.class, args);
    }
}
