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
}
