package org.clusterscope.core;

/**
 * Text from a file made safe for a terminal (SCENARIO_FORMAT.md "Input limits"): control
 * characters and the marks that reorder text are written as escapes ({@code \n}, {@code \e},
 * {@code \u202e}), so a note cannot fake output lines, retitle the terminal or hide text.
 */
public final class PrintableText {

    private PrintableText() {
    }

    /** Whether {@code c} must be escaped. */
    public static boolean unsafe(char c) {
        return Character.getType(c) == Character.CONTROL
                || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')
                || c == '\u2028' || c == '\u2029';
    }

    /** {@code text} with every unsafe character escaped; the same string when none is. */
    public static String escape(CharSequence text) {
        int length = text.length();
        int first = 0;
        while (first < length && !unsafe(text.charAt(first))) {
            first++;
        }
        if (first == length) {
            return text.toString();
        }
        StringBuilder out = new StringBuilder(length + 8).append(text, 0, first);
        for (int i = first; i < length; i++) {
            char c = text.charAt(i);
            if (!unsafe(c)) {
                out.append(c);
                continue;
            }
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\u001b' -> out.append("\\e");
                default -> out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            }
        }
        return out.toString();
    }
}
