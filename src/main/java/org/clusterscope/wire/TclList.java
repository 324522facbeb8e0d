package org.clusterscope.wire;

import java.util.ArrayList;
import java.util.List;

/**
 * Tcl list strings, as the Tcl {@code cluster} package reads and writes {@code data}: a ping's
 * list of services, a beacon's properties dictionary {@code t {port N}} (BPACKET.md "The cluster
 * template"). Writing quotes each element the way Tcl accepts back (bare, in braces, or with
 * backslashes); reading follows Tcl's list syntax and reports anything else as
 * {@link IllegalArgumentException}.
 */
public final class TclList {

    private TclList() {
    }

    /** Elements joined by spaces, each quoted as needed. */
    public static String format(List<?> elements) {
        StringBuilder out = new StringBuilder();
        for (Object element : elements) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(element(String.valueOf(element)));
        }
        return out.toString();
    }

    /** One element, quoted so that a Tcl list reader gives it back unchanged. */
    public static String element(String text) {
        if (text.isEmpty()) {
            return "{}";
        }
        if (!needsQuoting(text)) {
            return text;
        }
        if (text.indexOf('\\') < 0 && balanced(text)) {
            return "{" + text + "}";
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                case '\f' -> out.append("\\f");
                case '\u000b' -> out.append("\\v");
                case ' ', '{', '}', '[', ']', '$', ';', '"', '\\', '#' -> out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean needsQuoting(String text) {
        if (text.isEmpty() || text.charAt(0) == '#') {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case ' ', '\t', '\n', '\r', '\f', '\u000b', '{', '}', '[', ']', '$', ';', '"', '\\':
                    return true;
                default:
                    break;
            }
        }
        return false;
    }

    private static boolean balanced(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    /** The elements of a Tcl list; {@link IllegalArgumentException} when {@code text} is not one. */
    public static List<String> parse(String text) {
        List<String> elements = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (true) {
            while (i < n && isSpace(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                return elements;
            }
            StringBuilder element = new StringBuilder();
            char c = text.charAt(i);
            if (c == '{') {
                int depth = 1;
                int start = ++i;
                while (true) {
                    if (i >= n) {
                        throw new IllegalArgumentException("unmatched open brace in list");
                    }
                    char d = text.charAt(i);
                    if (d == '\\' && i + 1 < n) {
                        i += 2;
                        continue;
                    }
                    if (d == '{') {
                        depth++;
                    } else if (d == '}' && --depth == 0) {
                        break;
                    }
                    i++;
                }
                element.append(text, start, i);
                i++;
            } else if (c == '"') {
                i++;
                while (true) {
                    if (i >= n) {
                        throw new IllegalArgumentException("unmatched open quote in list");
                    }
                    char d = text.charAt(i);
                    if (d == '"') {
                        i++;
                        break;
                    }
                    i = d == '\\' ? backslash(text, i, element) : i + 1;
                    if (d != '\\') {
                        element.append(d);
                    }
                }
            } else {
                while (i < n && !isSpace(text.charAt(i))) {
                    char d = text.charAt(i);
                    if (d == '\\') {
                        i = backslash(text, i, element);
                    } else {
                        element.append(d);
                        i++;
                    }
                }
            }
            if (i < n && !isSpace(text.charAt(i))) {
                throw new IllegalArgumentException("list element followed by '" + text.charAt(i) + "' instead of space");
            }
            elements.add(element.toString());
        }
    }

    /** Reads the backslash sequence at {@code i}, appends what it stands for, returns the index after it. */
    private static int backslash(String text, int i, StringBuilder out) {
        int n = text.length();
        if (i + 1 >= n) {
            out.append('\\');
            return i + 1;
        }
        char c = text.charAt(i + 1);
        int j = i + 2;
        switch (c) {
            case 'n' -> out.append('\n');
            case 't' -> out.append('\t');
            case 'r' -> out.append('\r');
            case 'f' -> out.append('\f');
            case 'v' -> out.append('\u000b');
            case 'a' -> out.append('\u0007');
            case 'b' -> out.append('\b');
            case '\n' -> {
                while (j < n && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
                    j++;
                }
                out.append(' ');
            }
            case 'x', 'u', 'U' -> {
                int max = c == 'x' ? 2 : c == 'u' ? 4 : 8;
                int value = 0;
                int digits = 0;
                while (digits < max && j < n && Character.digit(text.charAt(j), 16) >= 0) {
                    value = value * 16 + Character.digit(text.charAt(j), 16);
                    j++;
                    digits++;
                }
                if (digits == 0) {
                    out.append(c);
                } else if (Character.isValidCodePoint(value)) {
                    out.appendCodePoint(value);
                } else {
                    out.append('\ufffd');
                }
            }
            default -> {
                if (c >= '0' && c <= '7') {
                    int value = c - '0';
                    while (j < n && j < i + 4 && text.charAt(j) >= '0' && text.charAt(j) <= '7') {
                        value = value * 8 + (text.charAt(j) - '0');
                        j++;
                    }
                    out.append((char) (value & 0xFF));
                } else {
                    out.append(c);
                }
            }
        }
        return j;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000b';
    }
}
