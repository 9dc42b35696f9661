package no.sirkel.optimizer.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class EligibilityTest {

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void materialMustBeAmongThoseAccepted() {
        assertThat(Eligibility.accepts(List.of("SILT", "CLAY"), "CLAY")).isTrue();
        assertThat(Eligibility.accepts(List.of("SILT", "CLAY"), "SAND")).isFalse();
        assertThat(Eligibility.accepts(null, "SAND")).as("a list of null takes every material").isTrue();
    }

    @Test
    void classMustNotExceedTheLimit() {
        assertThat(Eligibility.classFits(2, 2)).isTrue();
        assertThat(Eligibility.classFits(1, 3)).isTrue();
        assertThat(Eligibility.classFits(3, 2)).isFalse();
    }

    @Test
    void aMissingClassCountsAsCleanAndAMissingLimitAsNoLimit() {
        assertThat(Eligibility.classFits(null, 1)).isTrue();
        assertThat(Eligibility.classFits(5, null)).isTrue();
        assertThat(Eligibility.classFits(null, null)).isTrue();
    }

    @Test
    void windowsMustShareAtLeastADay() {
        assertThat(Eligibility.windowsOverlap(date("2027-03-01"), date("2027-06-30"),
                date("2027-05-01"), date("2027-09-30"))).isTrue();
        assertThat(Eligibility.windowsOverlap(date("2027-03-01"), date("2027-05-01"),
                date("2027-05-01"), date("2027-09-30"))).as("touching on one day").isTrue();
        assertThat(Eligibility.windowsOverlap(date("2027-03-01"), date("2027-04-30"),
                date("2027-05-01"), date("2027-09-30"))).as("supply ends before demand starts").isFalse();
        assertThat(Eligibility.windowsOverlap(date("2027-10-01"), date("2027-12-31"),
                date("2027-05-01"), date("2027-09-30"))).as("supply starts after demand ends").isFalse();
    }

    @Test
    void missingDatesAreOpenEnds() {
        assertThat(Eligibility.windowsOverlap(null, null, null, null)).isTrue();
        assertThat(Eligibility.windowsOverlap(date("2030-01-01"), null, null, date("2030-01-01"))).isTrue();
        assertThat(Eligibility.windowsOverlap(date("2030-01-02"), null, null, date("2030-01-01"))).isFalse();
        assertThat(Eligibility.windowsOverlap(null, date("2027-01-01"), date("2027-01-02"), null)).isFalse();
        assertThat(Eligibility.windowsOverlap(null, date("2027-01-01"), date("2026-01-01"), null)).isTrue();
    }

    @Test
    void haulMustBeWithinBothTheGeneralAndTheDemandsLimit() {
        assertThat(Eligibility.withinHaulLimits(80.0, 80.0, null)).isTrue();
        assertThat(Eligibility.withinHaulLimits(80.01, 80.0, null)).isFalse();
        assertThat(Eligibility.withinHaulLimits(40.0, 80.0, 40.0)).isTrue();
        assertThat(Eligibility.withinHaulLimits(40.01, 80.0, 40.0)).isFalse();
        assertThat(Eligibility.withinHaulLimits(5000, null, null)).as("no limits").isTrue();
    }
}
