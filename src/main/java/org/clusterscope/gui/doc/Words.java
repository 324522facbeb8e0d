package org.clusterscope.gui.doc;

/** Counted nouns in plain English for messages and labels: "1 node", "5 nodes", never "node(s)". */
public final class Words {

    private Words() {
    }

    /** {@code count} and {@code noun}, with the noun's plural (noun + "s") unless the count is one. */
    public static String count(long count, String noun) {
        return count + " " + (count == 1 ? noun : noun + "s");
    }
}
