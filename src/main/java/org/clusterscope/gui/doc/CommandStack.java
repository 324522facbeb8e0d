package org.clusterscope.gui.doc;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.List;

/**
 * Undo and redo of {@link EditCommand}s on one document, plus the "dirty" bookkeeping: the
 * document is clean when the number of applied commands equals the number at the last save.
 */
public final class CommandStack {

    private final TopologyDocument document;
    private final Deque<EditCommand> done = new ArrayDeque<>();
    private final Deque<EditCommand> undone = new ArrayDeque<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    /** Depth of {@link #done} at the last save; -1 when the saved state can no longer be reached. */
    private int savedDepth;

    public CommandStack(TopologyDocument document) {
        this.document = document;
    }

    public TopologyDocument document() {
        return document;
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    /** Applies a command and makes it the next to undo; clears the redo list. */
    public void execute(EditCommand command) {
        command.apply(document);
        done.push(command);
        if (savedDepth > done.size() - 1) {
            savedDepth = -1;
        }
        undone.clear();
        changed();
    }

    public boolean canUndo() {
        return !done.isEmpty();
    }

    public boolean canRedo() {
        return !undone.isEmpty();
    }

    /** The command the next undo reverts, if any. */
    public Optional<EditCommand> nextUndo() {
        return Optional.ofNullable(done.peek());
    }

    /** The command the next redo applies again, if any. */
    public Optional<EditCommand> nextRedo() {
        return Optional.ofNullable(undone.peek());
    }

    public Optional<String> undoLabel() {
        return Optional.ofNullable(done.peek()).map(EditCommand::label);
    }

    public Optional<String> redoLabel() {
        return Optional.ofNullable(undone.peek()).map(EditCommand::label);
    }

    public void undo() {
        if (done.isEmpty()) {
            return;
        }
        EditCommand command = done.pop();
        command.revert(document);
        undone.push(command);
        changed();
    }

    public void redo() {
        if (undone.isEmpty()) {
            return;
        }
        EditCommand command = undone.pop();
        command.apply(document);
        done.push(command);
        changed();
    }

    /** Whether the document differs from what was last saved or opened. */
    public boolean isDirty() {
        return savedDepth != done.size();
    }

    /** Records the current state as saved. */
    public void markSaved() {
        savedDepth = done.size();
        changed();
    }

    /** The document counts as unsaved (work restored from a recovery file is in no file). */
    public void markUnsaved() {
        savedDepth = -1;
        changed();
    }

    /** Forgets all history, after New or Open; the document counts as clean. */
    public void reset() {
        done.clear();
        undone.clear();
        savedDepth = 0;
        changed();
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }
}
