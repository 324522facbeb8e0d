package org.clusterscope.scenario.io;

import java.util.regex.Pattern;

/** JSON paths as error messages show them: {@code $.events[2].partition[1][0]}, {@code $.expect[0].state['node.1']}. */
final class JsonPaths {

    static final String ROOT = "$";
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private JsonPaths() {
    }

    static String field(String parent, String name) {
        if (PLAIN.matcher(name).matches()) {
            return parent + "." + name;
        }
        return parent + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }
}
