package no.sirkel.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** What remains of a listing day by day after deals that took tonnes of it period by period. */
class ListingTimelineTest {

    private static final LocalDate JAN_1 = LocalDate.of(2027, 1, 1);
    private static final LocalDate DEC_31 = LocalDate.of(2027, 12, 31);
    private static final LocalDate MAR_1 = LocalDate.of(2027, 3, 1);
    private static final LocalDate MAR_31 = LocalDate.of(2027, 3, 31);
    private static final LocalDate APR_1 = LocalDate.of(2027, 4, 1);
    private static final LocalDate APR_30 = LocalDate.of(2027, 4, 30);
    private static final LocalDate JUN_30 = LocalDate.of(2027, 6, 30);

    /** 122 t from March to June: a tonne a day. */
    private static ListingTimeline supply(double remaining, List<Stretch> taken) {
        return ListingTimeline.of(ListingKind.ONE_OFF, remaining, MAR_1, JUN_30, JAN_1, DEC_31, taken);
    }

    @Test
    void withoutDealsWhatRemainsLiesEvenlyOverTheWindow() {
        assertThat(supply(122, List.of()).stretches()).containsExactly(new Stretch(MAR_1, JUN_30, 122));
    }

    @Test
    void aDealTakingPartOfAMonthLeavesThatMonthItsRestAndTheOtherMonthsAsTheyWere() {
        ListingTimeline timeline = supply(122 - 15, List.of(new Stretch(APR_1, APR_30, 15)));

        assertThat(timeline.stretches()).hasSize(3);
        assertThat(timeline.stretches().get(0)).isEqualTo(new Stretch(MAR_1, MAR_31, 31));
        assertThat(timeline.stretches().get(1).first()).isEqualTo(APR_1);
        assertThat(timeline.stretches().get(1).tonnes()).isCloseTo(15, within(1e-9));
        assertThat(timeline.stretches().get(2).tonnes()).isCloseTo(61, within(1e-9));
        assertThat(timeline.remainingWithin(APR_1, APR_30)).isCloseTo(15, within(1e-9));
    }

    @Test
    void aMonthTakenWholeIsLeftOut() {
        ListingTimeline timeline = supply(122 - 31, List.of(new Stretch(MAR_1, MAR_31, 31)));

        assertThat(timeline.stretches()).singleElement().satisfies(rest -> {
            assertThat(rest.first()).isEqualTo(APR_1);
            assertThat(rest.last()).isEqualTo(JUN_30);
            assertThat(rest.tonnes()).isCloseTo(91, within(1e-9));
        });
        assertThat(timeline.remainingWithin(MAR_1, MAR_31)).isZero();
    }

    @Test
    void aDealTakesTheSameShareOfEveryDayOfItsPeriodSoNoDayIsOverdrawn() {
        ListingTimeline timeline = supply(122 - 10, List.of(new Stretch(LocalDate.of(2027, 3, 22), MAR_31, 10)));

        assertThat(timeline.take(MAR_1, MAR_31, 10.5)).as("March has 21 t left, all of it before the 22nd")
                .containsExactly(new Stretch(MAR_1, LocalDate.of(2027, 3, 21), 10.5));
    }

    @Test
    void aRecurringStreamGivesItsDailyShareOfAYearLessWhatDealsTookThatDay() {
        ListingTimeline timeline = ListingTimeline.of(ListingKind.RECURRING, 365 - 31, null, null, JAN_1, DEC_31,
                List.of(new Stretch(MAR_1, MAR_31, 31)));

        assertThat(timeline.remainingWithin(MAR_1, MAR_31)).isZero();
        assertThat(timeline.remainingWithin(APR_1, APR_30)).isCloseTo(30, within(1e-9));
        assertThat(timeline.stretches()).hasSize(2);
    }
}
