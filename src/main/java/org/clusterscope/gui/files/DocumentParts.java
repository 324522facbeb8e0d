package org.clusterscope.gui.files;

import javafx.collections.ObservableList;

import org.clusterscope.gui.editor.EditorViewModel;
import org.clusterscope.gui.panels.ChartViewModel;
import org.clusterscope.gui.panels.EventLogViewModel;
import org.clusterscope.gui.panels.ExpectationsViewModel;
import org.clusterscope.gui.run.RecordedCommand;
import org.clusterscope.gui.run.RunViewModel;

/**
 * The parts of the window's view model that show an open document: a {@link DocumentSession}
 * loads a scenario into them, resets them, and reads the edited topology and the recorded
 * faults back when it saves. The window's view model is the one implementation.
 */
public interface DocumentParts {

    EditorViewModel editor();

    RunViewModel run();

    EventLogViewModel log();

    ChartViewModel chart();

    ExpectationsViewModel expectations();

    /** The faults recorded by hand since the last save or open; they go into the next save. */
    ObservableList<RecordedCommand> recorded();

    void clearRecorded();
}
