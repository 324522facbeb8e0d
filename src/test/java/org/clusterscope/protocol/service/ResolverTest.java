package org.clusterscope.protocol.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The resolver's filters and matching modes (PROTOCOL.md §4). */
class ResolverTest {

    private static final List<String> DB_EU = List.of("db", "eu", "test-3");

    @Test
    void resolveNeedsEveryArgument() {
        assertThat(Resolver.resolve(List.of("db", "eu")).test(DB_EU)).isTrue();
        assertThat(Resolver.resolve(List.of("db", "us")).test(DB_EU)).isFalse();
        assertThat(Resolver.resolve(List.of()).test(DB_EU)).isTrue();
    }

    @Test
    void filtersApplyInOrder() {
        assertThat(Resolver.parse(List.of("-has", "db", "-not", "us")).test(DB_EU)).isTrue();
        assertThat(Resolver.parse(List.of("-has", "db", "-not", "eu")).test(DB_EU)).isFalse();
        assertThat(Resolver.parse(List.of("-some", "us", "eu")).test(DB_EU)).isTrue();
        assertThat(Resolver.parse(List.of("-some", "us", "asia")).test(DB_EU)).isFalse();
    }

    @Test
    void exactWantsThoseTagsAndNoOthers() {
        assertThat(Resolver.parse(List.of("-exact", "db", "eu", "test-3")).test(DB_EU)).isTrue();
        assertThat(Resolver.parse(List.of("-exact", "db", "eu")).test(DB_EU)).isFalse();
        assertThat(Resolver.parse(List.of("-match", "-exact", "db", "eu", "test-*")).test(DB_EU)).isTrue();
    }

    @Test
    void aModeAppliesToTheFiltersAfterIt() {
        assertThat(Resolver.parse(List.of("-not", "test-*")).test(DB_EU)).isTrue();
        assertThat(Resolver.parse(List.of("-match", "-not", "test-*")).test(DB_EU)).isFalse();
        assertThat(Resolver.parse(List.of("-has", "d?", "-match", "-has", "e?")).test(DB_EU)).isFalse();
        assertThat(Resolver.parse(List.of("-has", "db", "-regexp", "-has", "test-[0-9]+")).test(DB_EU)).isTrue();
        assertThat(Resolver.parse(List.of("-regexp", "-has", "test")).test(DB_EU)).isFalse();
    }

    @Test
    void globsFollowTclStringMatch() {
        assertThat(MatchMode.MATCH.compile("te[sx]t-?").matches("test-3")).isTrue();
        assertThat(MatchMode.MATCH.compile("a\\*").matches("a*")).isTrue();
        assertThat(MatchMode.MATCH.compile("a\\*").matches("ab")).isFalse();
        assertThat(MatchMode.MATCH.compile("a.b").matches("axb")).isFalse();
    }

    @Test
    void argumentsReadBackIntoTheSameResolver() {
        Resolver resolver = Resolver.any().has(List.of("db")).mode(MatchMode.MATCH).not(List.of("te*"));

        assertThat(resolver.arguments()).containsExactly("-has", "db", "-match", "-not", "te*");
        assertThat(Resolver.parse(resolver.arguments()).test(DB_EU)).isEqualTo(resolver.test(DB_EU)).isFalse();
    }

    @Test
    void badInputIsAClearError() {
        assertThatThrownBy(() -> Resolver.parse(List.of("-has", "a", "-maybe")))
                .hasMessage("unknown resolver switch '-maybe' (expected -has, -not, -exact, -some, -equal, -match or -regexp)");
        assertThatThrownBy(() -> Resolver.parse(List.of("-regexp", "-has", "(")))
                .hasMessageStartingWith("bad pattern '('");
    }
}
