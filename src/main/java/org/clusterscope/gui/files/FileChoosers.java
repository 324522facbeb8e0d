package org.clusterscope.gui.files;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link FileDialogs} as JavaFX file choosers, each owned by the main window. */
public final class FileChoosers implements FileDialogs {

    private final Window owner;

    public FileChoosers(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> openScenario(Path folder) {
        return chosen(scenarioChooser("Open scenario", folder).showOpenDialog(owner));
    }

    @Override
    public Optional<Path> saveScenario(Path folder, String fileName) {
        FileChooser chooser = scenarioChooser("Save scenario", folder);
        chooser.setInitialFileName(fileName);
        return chosen(chooser.showSaveDialog(owner));
    }

    @Override
    public Optional<Path> exportPng(String fileName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export canvas as PNG");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        chooser.setInitialFileName(fileName);
        return chosen(chooser.showSaveDialog(owner));
    }

    private static FileChooser scenarioChooser(String title, Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("ClusterScope scenario", "*.json"));
        if (folder != null) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }

    private static Optional<Path> chosen(File file) {
        return Optional.ofNullable(file).map(File::toPath);
    }
}
