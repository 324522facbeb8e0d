package org.clusterscope.gui.editor;

import java.util.Locale;

/**
 * What a teacher typed into Edit ▸ Add N Nodes: a count and a shape, e.g. {@code 40 ring},
 * {@code 7 star}, {@code 6 clique}; a bare number means a ring.
 */
public record AddNodesRequest(int count, ShapeKind shape) {

    /** The most nodes one request adds: enough for a lecture hall, few enough to stay drawable. */
    public static final int MAX_NODES = 5000;
    /** A clique of n nodes has n(n-1)/2 links: past this many nodes it is a hairball, not a picture. */
    public static final int MAX_CLIQUE = 60;

    /** Parses {@code text}; a message fit for the status bar when it is not a request. */
    public static AddNodesRequest parse(String text) {
        String[] words = text.strip().toLowerCase(Locale.ROOT).split("\\s+");
        int count;
        try {
            count = Integer.parseInt(words[0]);
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException("start with how many nodes, e.g. \"12 ring\", \"7 star\", \"6 clique\"");
        }
        if (count < 1 || count > MAX_NODES) {
            throw new IllegalArgumentException("between 1 and " + MAX_NODES + " nodes at a time");
        }
        ShapeKind shape = ShapeKind.RING;
        if (words.length > 1) {
            String word = words[words.length - 1];
            shape = java.util.Arrays.stream(ShapeKind.values()).filter(kind -> kind.word().equals(word)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("the shape is ring, star or clique, not \"" + word + "\""));
        }
        if (shape == ShapeKind.CLIQUE && count > MAX_CLIQUE) {
            throw new IllegalArgumentException("a clique of more than " + MAX_CLIQUE + " nodes is too many links to draw");
        }
        return new AddNodesRequest(count, shape);
    }
}
