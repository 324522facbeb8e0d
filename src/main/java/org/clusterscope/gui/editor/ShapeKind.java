package org.clusterscope.gui.editor;

import java.util.List;

import org.clusterscope.core.NodeId;
import org.clusterscope.gui.doc.DocLink;
import org.clusterscope.gui.doc.Shapes;

/** The wiring shapes offered on the selection and by "add N nodes as …". */
public enum ShapeKind {
    RING("ring"), STAR("star"), CLIQUE("clique");

    private final String word;

    ShapeKind(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public List<DocLink> links(List<NodeId> nodes) {
        return switch (this) {
            case RING -> Shapes.ring(nodes);
            case STAR -> Shapes.star(nodes);
            case CLIQUE -> Shapes.clique(nodes);
        };
    }
}
