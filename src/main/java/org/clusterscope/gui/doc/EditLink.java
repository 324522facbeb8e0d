package org.clusterscope.gui.doc;

/** Changes the settings of one link (latency, jitter, loss, up/down) from the link panel. */
public final class EditLink implements EditCommand {

    private final DocLink before;
    private final DocLink after;

    public EditLink(DocLink before, LinkSettingsValue settings) {
        this.before = before;
        this.after = before.withSettings(settings);
    }

    @Override
    public String label() {
        return "Edit link " + before.key();
    }

    @Override
    public void apply(TopologyDocument document) {
        document.putLink(after);
    }

    @Override
    public void revert(TopologyDocument document) {
        document.putLink(before);
    }
}
