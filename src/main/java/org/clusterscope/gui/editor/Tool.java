package org.clusterscope.gui.editor;

/** What a drag on the canvas does. */
public enum Tool {
    /** Click empty space to place a node, click to select, drag to move or to draw a rubber band. */
    EDIT,
    /** Drag from one node to another to link them. */
    LINK,
    /** Draw a line across the canvas: the links it crosses are cut and the sides become partition groups. */
    CUT
}
