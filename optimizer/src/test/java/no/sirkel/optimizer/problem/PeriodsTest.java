package no.sirkel.optimizer.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class PeriodsTest {

    @Test
    void cutsCalendarMonthsAtTheirLastDay() {
        Periods periods = Periods.of(horizon("2027-01-01", "2027-12-31"), PeriodLength.MONTH);

        assertThat(periods.size()).isEqualTo(12);
        assertThat(periods.get(0)).isEqualTo(period("2027-01-01", "2027-01-31"));
        assertThat(periods.get(1)).isEqualTo(period("2027-02-01", "2027-02-28"));
        assertThat(periods.get(3)).isEqualTo(period("2027-04-01", "2027-04-30"));
        assertThat(periods.get(11)).isEqualTo(period("2027-12-01", "2027-12-31"));
    }

    @Test
    void givesFebruaryOfALeapYearTwentyNineDays() {
        Periods periods = Periods.of(horizon("2028-01-01", "2028-03-31"), PeriodLength.MONTH);

        assertThat(periods.get(1)).isEqualTo(period("2028-02-01", "2028-02-29"));
        assertThat(periods.get(1).days()).isEqualTo(29);
        assertThat(periods.spread(910, null, null)).containsExactly(310, 290, 310);
    }

    @Test
    void cutsTheFirstAndLastMonthToAHorizonThatStartsAndEndsMidMonth() {
        Periods periods = Periods.of(horizon("2027-01-15", "2027-04-10"), PeriodLength.MONTH);

        assertThat(periods.all()).containsExactly(period("2027-01-15", "2027-01-31"),
                period("2027-02-01", "2027-02-28"), period("2027-03-01", "2027-03-31"),
                period("2027-04-01", "2027-04-10"));
        assertThat(periods.all()).extracting(Period::days).containsExactly(17L, 28L, 31L, 10L);
    }

    @Test
    void cutsIsoWeeksFromMondayToSundayAcrossAYearBoundary() {
        Periods periods = Periods.of(horizon("2026-12-24", "2027-01-12"), PeriodLength.WEEK);

        assertThat(periods.all()).containsExactly(period("2026-12-24", "2026-12-27"),
                period("2026-12-28", "2027-01-03"), period("2027-01-04", "2027-01-10"),
                period("2027-01-11", "2027-01-12"));
    }

    @Test
    void namesFiveWeeksInAJanuaryThatStartsOnAFriday() {
        Periods periods = Periods.of(horizon("2027-01-01", "2027-01-31"), PeriodLength.WEEK);

        assertThat(periods.all()).extracting(Period::first).containsExactly(date("2027-01-01"), date("2027-01-04"),
                date("2027-01-11"), date("2027-01-18"), date("2027-01-25"));
        assertThat(periods.get(0).days()).isEqualTo(3);
        assertThat(periods.get(4).last()).isEqualTo(date("2027-01-31"));
    }

    @Test
    void makesTheWholeHorizonOnePeriod() {
        Periods periods = Periods.of(horizon("2027-03-10", "2028-02-29"), PeriodLength.HORIZON);

        assertThat(periods.all()).containsExactly(period("2027-03-10", "2028-02-29"));
        assertThat(periods.spread(500, date("2027-01-01"), date("2027-12-31"))[0])
                .isCloseTo(500.0 * 297 / 365, within(1e-9));
    }

    @Test
    void releasesBetweenTheWeeksByTheDaysInEach() {
        Periods periods = Periods.of(horizon("2027-01-01", "2027-01-31"), PeriodLength.WEEK);

        assertThat(periods.spread(1000, date("2027-01-01"), date("2027-01-10")))
                .containsExactly(300, 700, 0, 0, 0);
        assertThat(periods.spread(700, date("2027-01-04"), date("2027-01-10")))
                .containsExactly(0, 700, 0, 0, 0);
    }

    @Test
    void releasesOneMonthsShareOfAWindowByItsDays() {
        Periods periods = Periods.of(horizon("2027-01-01", "2027-03-31"), PeriodLength.MONTH);

        double[] release = periods.spread(3000, date("2027-01-01"), date("2027-03-31"));

        assertThat(release[1]).isCloseTo(3000.0 * 28 / 90, within(1e-9));
        assertThat(Arrays.stream(release).sum()).isCloseTo(3000, within(1e-9));
    }

    @Test
    void takesNullEndsOfAWindowAsTheHorizonsEnds() {
        Periods periods = Periods.of(horizon("2027-01-01", "2027-03-31"), PeriodLength.MONTH);

        assertThat(periods.spread(900, null, null)).containsExactly(310, 280, 310);
        assertThat(periods.spread(900, date("2027-02-01"), null)[2]).isCloseTo(900.0 * 31 / 59, within(1e-9));
    }

    @Test
    void leavesTheShareOfAWindowOutsideTheHorizonOutsideTheProblem() {
        Periods periods = Periods.of(horizon("2027-01-01", "2027-03-31"), PeriodLength.MONTH);

        double[] release = periods.spread(6000, date("2026-12-01"), date("2027-01-29"));

        assertThat(release).containsExactly(2900, 0, 0);
        assertThat(periods.spread(610, date("2027-03-01"), date("2027-04-30")))
                .containsExactly(0, 0, 310);
    }

    private static Horizon horizon(String from, String to) {
        return new Horizon(date(from), date(to));
    }

    private static Period period(String first, String last) {
        return new Period(date(first), date(last));
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }
}
