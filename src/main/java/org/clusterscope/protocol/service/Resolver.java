package org.clusterscope.protocol.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.clusterscope.protocol.service.MatchMode.TagMatcher;

/**
 * Selects peers by their tags, as Tcl {@code cluster}'s {@code resolver} (PROTOCOL.md §4):
 * filters applied in order — {@code has} (all of), {@code not} (none of), {@code exact}
 * (exactly these), {@code some} (at least one of) — each comparing with the matching mode in
 * force when it was added ({@code equal} by default; {@code match} globs, {@code regexp}).
 * A resolver is an immutable value; {@link #parse} reads the Tcl-style argument list
 * {@code -has a b -match -not "test*"}.
 */
public final class Resolver {

    private final List<Filter> filters;
    private final MatchMode mode;
    private final List<String> arguments;

    private Resolver(List<Filter> filters, MatchMode mode, List<String> arguments) {
        this.filters = List.copyOf(filters);
        this.mode = mode;
        this.arguments = List.copyOf(arguments);
    }

    /** Every peer matches. */
    public static Resolver any() {
        return new Resolver(List.of(), MatchMode.EQUAL, List.of());
    }

    /** {@code resolve(args…)}: the peers whose tags contain every argument. */
    public static Resolver resolve(List<String> tags) {
        return any().has(tags);
    }

    public Resolver has(List<String> values) {
        return with(Kind.HAS, values);
    }

    public Resolver not(List<String> values) {
        return with(Kind.NOT, values);
    }

    public Resolver exact(List<String> values) {
        return with(Kind.EXACT, values);
    }

    public Resolver some(List<String> values) {
        return with(Kind.SOME, values);
    }

    /** The matching mode for the filters added after this call. */
    public Resolver mode(MatchMode next) {
        List<String> args = new ArrayList<>(arguments);
        args.add("-" + next.name().toLowerCase(Locale.ROOT));
        return new Resolver(filters, next, args);
    }

    private Resolver with(Kind kind, List<String> values) {
        List<Filter> next = new ArrayList<>(filters);
        next.add(new Filter(kind, values.stream().map(mode::compile).toList()));
        List<String> args = new ArrayList<>(arguments);
        args.add("-" + kind.name().toLowerCase(Locale.ROOT));
        args.addAll(values);
        return new Resolver(next, mode, args);
    }

    /**
     * Reads {@code -has|-not|-exact|-some values…} and {@code -equal|-match|-regexp} switches.
     * Plain words before any switch mean {@code -has}, so {@code ["db", "eu"]} is {@code resolve db eu}.
     */
    public static Resolver parse(List<String> args) {
        Resolver resolver = any();
        Kind kind = Kind.HAS;
        List<String> values = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("-") && arg.length() > 1) {
                resolver = flush(resolver, kind, values);
                String name = arg.substring(1).toUpperCase(Locale.ROOT);
                Kind nextKind = Kind.named(name);
                if (nextKind != null) {
                    kind = nextKind;
                } else {
                    MatchMode nextMode = modeNamed(name);
                    if (nextMode == null) {
                        throw new IllegalArgumentException("unknown resolver switch '" + arg
                                + "' (expected -has, -not, -exact, -some, -equal, -match or -regexp)");
                    }
                    resolver = resolver.mode(nextMode);
                }
            } else {
                values.add(arg);
            }
        }
        return flush(resolver, kind, values);
    }

    private static Resolver flush(Resolver resolver, Kind kind, List<String> values) {
        if (values.isEmpty()) {
            return resolver;
        }
        Resolver next = resolver.with(kind, List.copyOf(values));
        values.clear();
        return next;
    }

    private static MatchMode modeNamed(String name) {
        for (MatchMode mode : MatchMode.values()) {
            if (mode.name().equals(name)) {
                return mode;
            }
        }
        return null;
    }

    /** Whether a node with these tags passes every filter. */
    public boolean test(List<String> tags) {
        for (Filter filter : filters) {
            if (!filter.test(tags)) {
                return false;
            }
        }
        return true;
    }

    /** The argument list that {@link #parse} reads back into this resolver; what filtered broadcasts carry. */
    public List<String> arguments() {
        return arguments;
    }

    @Override
    public String toString() {
        return arguments.isEmpty() ? "any" : String.join(" ", arguments);
    }

    private enum Kind {
        HAS, NOT, EXACT, SOME;

        static Kind named(String name) {
            for (Kind kind : values()) {
                if (kind.name().equals(name)) {
                    return kind;
                }
            }
            return null;
        }
    }

    private record Filter(Kind kind, List<TagMatcher> matchers) {

        boolean test(List<String> tags) {
            return switch (kind) {
                case HAS -> matchers.stream().allMatch(m -> anyTag(m, tags));
                case NOT -> matchers.stream().noneMatch(m -> anyTag(m, tags));
                case SOME -> matchers.stream().anyMatch(m -> anyTag(m, tags));
                case EXACT -> matchers.stream().allMatch(m -> anyTag(m, tags))
                        && tags.stream().allMatch(tag -> matchers.stream().anyMatch(m -> m.matches(tag)));
            };
        }

        private static boolean anyTag(TagMatcher matcher, List<String> tags) {
            for (String tag : tags) {
                if (matcher.matches(tag)) {
                    return true;
                }
            }
            return false;
        }
    }
}
