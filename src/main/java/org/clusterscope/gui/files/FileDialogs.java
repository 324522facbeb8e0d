package org.clusterscope.gui.files;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The file choosers behind File ▸ Open, Save As and Export PNG. Each returns the file the user
 * chose, or empty when they cancelled; {@code folder} is where the chooser starts, or null.
 */
public interface FileDialogs {

    Optional<Path> openScenario(Path folder);

    Optional<Path> saveScenario(Path folder, String fileName);

    Optional<Path> exportPng(String fileName);
}
