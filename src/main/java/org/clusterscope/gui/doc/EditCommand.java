package org.clusterscope.gui.doc;

/**
 * One undoable edit of a {@link TopologyDocument}. {@link #apply} and {@link #revert} must be
 * exact inverses, so that undo followed by redo gives back the same document.
 */
public interface EditCommand {

    /** A few words for the Edit menu, e.g. "Add node n4". */
    String label();

    void apply(TopologyDocument document);

    void revert(TopologyDocument document);

    /**
     * Whether it may be undone or redone while a run is live: true for the edits the window makes
     * during a run (moves, freezing the overlay), false for those that would change a topology
     * the running simulation does not follow.
     */
    default boolean allowedWhileRunning() {
        return false;
    }

    /** {@code command}, marked as made during a run and so undoable during one. */
    static EditCommand whileRunning(EditCommand command) {
        return new EditCommand() {
            @Override
            public String label() {
                return command.label();
            }

            @Override
            public void apply(TopologyDocument document) {
                command.apply(document);
            }

            @Override
            public void revert(TopologyDocument document) {
                command.revert(document);
            }

            @Override
            public boolean allowedWhileRunning() {
                return true;
            }
        };
    }
}
