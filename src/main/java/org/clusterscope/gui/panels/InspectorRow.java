package org.clusterscope.gui.panels;

/** One line of the inspector: a name and its value. */
public record InspectorRow(String key, String value) {
}
