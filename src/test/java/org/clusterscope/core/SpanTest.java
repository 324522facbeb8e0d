package org.clusterscope.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Durations as files write them: a unit, or plain milliseconds; kept in their written form. */
class SpanTest {

    @Test
    void unitsAndDecimalsBecomeMicroseconds() {
        assertThat(Span.parse("250ms").micros()).isEqualTo(250_000);
        assertThat(Span.parse("10s").micros()).isEqualTo(10_000_000);
        assertThat(Span.parse("2m").micros()).isEqualTo(120_000_000);
        assertThat(Span.parse("1h").micros()).isEqualTo(3_600_000_000L);
        assertThat(Span.parse("1.5s").micros()).isEqualTo(1_500_000);
        assertThat(Span.parse("0.25ms").micros()).isEqualTo(250);
        assertThat(Span.ofMillis(40_000).micros()).isEqualTo(40_000_000);
    }

    @Test
    void theWrittenFormIsKeptButEqualityIsByDuration() {
        assertThat(Span.parse("10s")).isEqualTo(Span.parse("10000ms")).isEqualTo(Span.ofMillis(10_000));
        assertThat(Span.parse("10000ms").text()).isEqualTo("10000ms");
        assertThat(Span.ofMillis(10_000).isPlainMillis()).isTrue();
        assertThat(Span.parse("10s").isPlainMillis()).isFalse();
    }

    @Test
    void aDurationBuiltFromMicrosecondsTakesItsShortestExactForm() {
        assertThat(Span.ofMicros(0).text()).isEqualTo("0s");
        assertThat(Span.ofMicros(120_000_000).text()).isEqualTo("2m");
        assertThat(Span.ofMicros(90_000_000).text()).isEqualTo("90s");
        assertThat(Span.ofMicros(1_500).text()).isEqualTo("1.5ms");
        assertThat(Span.parse(Span.ofMicros(1_234_567).text()).micros()).isEqualTo(1_234_567);
    }

    @Test
    void whatIsNotADurationIsRefusedInWords() {
        assertThatThrownBy(() -> Span.parse("10x")).hasMessageContaining("expected a duration such as");
        assertThatThrownBy(() -> Span.parse("10")).hasMessageContaining("expected a duration such as");
        assertThatThrownBy(() -> Span.parse("-5s")).hasMessage("a duration cannot be negative");
        assertThatThrownBy(() -> Span.parse("0.0001ms")).hasMessage("a duration is counted in whole microseconds");
        assertThatThrownBy(() -> Span.parse("99999999999999h")).hasMessage("the duration is too long");
    }

    @Test
    void whatAPersonTypesMeansWhatAFileMeans() {
        assertThat(Span.parseInput("20").micros()).isEqualTo(Span.ofMillis(20).micros());
        assertThat(Span.parseInput(" 12 s ").micros()).isEqualTo(12_000_000);
        assertThat(Span.parseInput("1.5s").micros()).isEqualTo(1_500_000);
        assertThat(Span.parseInput("2m")).isEqualTo(Span.parse("2m"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Span.parseInput("twelve"))
                .hasMessageContaining("\"10s\"");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Span.parseInput("-3s"))
                .hasMessageContaining("negative");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Span.parseInput("99999999999999999999"))
                .hasMessageContaining("too long");
    }
}
