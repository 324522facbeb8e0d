package org.clusterscope.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Virtual time is whole microseconds; logs show it in seconds without trailing zeros. */
class SimTimeTest {

    @Test
    void millisecondsAndSecondsBecomeMicroseconds() {
        assertThat(SimTime.ms(1_500)).isEqualTo(1_500_000);
        assertThat(SimTime.seconds(3)).isEqualTo(3_000_000);
        // a jitter of a fraction of a millisecond is kept to the microsecond, rounded
        assertThat(SimTime.ms(0.0125)).isEqualTo(13);
        assertThat(SimTime.ms(2.5)).isEqualTo(2_500);
    }

    @Test
    void aDurationTooLongForALongIsRefusedRatherThanWrapped() {
        assertThatThrownBy(() -> SimTime.seconds(Long.MAX_VALUE / 1_000)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> SimTime.ms(Long.MAX_VALUE)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void backToMillisecondsRoundsDownOrKeepsTheFraction() {
        assertThat(SimTime.toMs(1_999)).isEqualTo(1);
        assertThat(SimTime.toMs(-1)).as("floor, not towards zero").isEqualTo(-1);
        assertThat(SimTime.toMsExact(2_000_500)).isEqualTo(2_000.5);
    }

    @Test
    void theMillisecondFormatRoundsToTheNearestMillisecond() {
        assertThat(SimTime.formatMillis(148_199)).isEqualTo("0.148s");
        assertThat(SimTime.formatMillis(2_150_936)).isEqualTo("2.151s");
        assertThat(SimTime.formatMillis(9_999_600)).isEqualTo("10s");
        assertThat(SimTime.formatMillis(12_345_000)).isEqualTo("12.345s");
        assertThat(SimTime.formatMillis(0)).isEqualTo("0s");
    }

    @Test
    void theLogFormatDropsTrailingZerosAndKeepsMicroseconds() {
        assertThat(SimTime.format(0)).isEqualTo("0s");
        assertThat(SimTime.format(10_000_000)).isEqualTo("10s");
        assertThat(SimTime.format(20_000)).isEqualTo("0.02s");
        assertThat(SimTime.format(12_345_000)).isEqualTo("12.345s");
        assertThat(SimTime.format(3_002_914)).isEqualTo("3.002914s");
        assertThat(SimTime.format(-1_500_000)).isEqualTo("-1.5s");
    }
}
