package org.clusterscope.protocol.service;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** How a resolver filter compares its arguments with tags (PROTOCOL.md §4). */
public enum MatchMode {
    /** The tag equals the argument. */
    EQUAL,
    /** The argument is a glob ({@code *}, {@code ?}, {@code [abc]}, backslash escapes), as Tcl's {@code string match}. */
    MATCH,
    /** The argument is a regular expression that must match the whole tag. */
    REGEXP;

    /** Compiles an argument once; bad patterns fail here with a message naming them. */
    public TagMatcher compile(String argument) {
        return switch (this) {
            case EQUAL -> argument::equals;
            case MATCH -> regex(globToRegex(argument), argument);
            case REGEXP -> regex(argument, argument);
        };
    }

    private static TagMatcher regex(String regex, String argument) {
        try {
            Pattern pattern = Pattern.compile(regex);
            return tag -> pattern.matcher(tag).matches();
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("bad pattern '" + argument + "': " + e.getDescription(), e);
        }
    }

    static String globToRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                case '[' -> {
                    int end = glob.indexOf(']', i + 1);
                    if (end < 0) {
                        regex.append("\\[");
                    } else {
                        regex.append('[').append(glob, i + 1, end).append(']');
                        i = end;
                    }
                }
                case '\\' -> {
                    if (i + 1 < glob.length()) {
                        regex.append(Pattern.quote(String.valueOf(glob.charAt(++i))));
                    } else {
                        regex.append("\\\\");
                    }
                }
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return regex.toString();
    }

    /** A compiled argument. */
    @FunctionalInterface
    public interface TagMatcher {
        boolean matches(String tag);
    }
}
