package org.clusterscope.gui.editor;

/** What a drag on the canvas does. */
public enum Tool {
    /**
     * Click to select (a click on empty space clears the selection), double-click empty space to
     * place a node, drag to move or to draw a rubber band.
     */
    EDIT,
    /** Every click on empty space places a node; a click on a node selects it, as in {@link #EDIT}. */
    ADD,
    /** Drag from one node to another to link them. */
    LINK,
    /** Draw a line across the canvas: the links it crosses are cut and the sides become partition groups. */
    CUT
}
