package org.clusterscope.gdb;

import java.util.Objects;

/**
 * A cluster's group mask, a glob: {@code *} matches any run of characters (none included),
 * {@code ?} exactly one, every other character itself, e.g. {@code mycluster.gdb.group.mask.*}.
 */
public record GroupMask(String glob) {

    public GroupMask {
        Objects.requireNonNull(glob, "glob");
    }

    /** Whether {@code group} matches the whole mask. */
    public boolean matches(String group) {
        // Iterative glob with one backtrack point: linear enough for group names, no regex cache.
        int g = 0;
        int m = 0;
        int star = -1;
        int mark = 0;
        while (g < group.length()) {
            if (m < glob.length() && (glob.charAt(m) == '?' || glob.charAt(m) == group.charAt(g))) {
                g++;
                m++;
            } else if (m < glob.length() && glob.charAt(m) == '*') {
                star = m++;
                mark = g;
            } else if (star >= 0) {
                m = star + 1;
                g = ++mark;
            } else {
                return false;
            }
        }
        while (m < glob.length() && glob.charAt(m) == '*') {
            m++;
        }
        return m == glob.length();
    }

    @Override
    public String toString() {
        return glob;
    }
}
