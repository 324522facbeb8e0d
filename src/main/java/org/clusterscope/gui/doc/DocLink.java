package org.clusterscope.gui.doc;

/** A link as the editor holds it: its two ends and its settings. Immutable. */
public record DocLink(LinkKey key, LinkSettingsValue settings) {

    public DocLink withSettings(LinkSettingsValue newSettings) {
        return new DocLink(key, newSettings);
    }
}
