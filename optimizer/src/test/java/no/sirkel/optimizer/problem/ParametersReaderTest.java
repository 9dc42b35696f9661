package no.sirkel.optimizer.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ParametersReaderTest {

    @Test
    void readsEveryParameter() {
        Parameters parameters = ParametersReader.read("""
                {"objective": "TONNE_KM", "costPerTonneKm": 1.5, "co2KgPerTonneKm": 0.1, "fixedCostPerRoute": 500,
                 "roadFactor": 1.2, "maxHaulKm": 60, "truckPayloadTonnes": 20, "unplacedPenaltyPerTonne": 900,
                 "unmetPenaltyPerTonne": 800, "horizon": {"from": "2027-01-01", "to": "2027-12-31"},
                 "periodLength": "WEEK"}""");

        assertThat(parameters).isEqualTo(new Parameters(Objective.TONNE_KM, 1.5, 0.1, 500, 1.2, 60.0, 20, 900, 800,
                new Horizon(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)), PeriodLength.WEEK));
    }

    @Test
    void givesTheDefaultsForNullAnEmptyObjectAndLeftOutFields() {
        assertThat(ParametersReader.read((tools.jackson.databind.JsonNode) null)).isEqualTo(Parameters.defaults());
        assertThat(ParametersReader.read("{}")).isEqualTo(Parameters.defaults());
        assertThat(ParametersReader.read("null")).isEqualTo(Parameters.defaults());
        assertThat(ParametersReader.read(JsonMapper.builder().build().readTree("{\"costPerTonneKm\": 3}"))
                .costPerTonneKm()).isEqualTo(3.0);
    }

    @Test
    void namesEveryBrokenFieldAsAFieldAndAMessage() {
        assertThatThrownBy(() -> ParametersReader.read("""
                {"costPerTonneKm": -1, "roadFactor": "far", "objective": "CO2", "speed": 3}"""))
                .isInstanceOfSatisfying(InvalidProblemException.class, e -> assertThat(e.fieldErrors()).containsExactly(
                        new FieldError("parameters.speed", "is not a field of the problem format"),
                        new FieldError("parameters.objective", "must be COST or TONNE_KM"),
                        new FieldError("parameters.roadFactor", "must be a number"),
                        new FieldError("parameters.costPerTonneKm", "must be >= 0")));
    }

    @Test
    void refusesAHorizonEndingBeforeItStarts() {
        assertThatThrownBy(() -> ParametersReader.read("{\"horizon\": {\"from\": \"2027-02-01\", \"to\": \"2027-01-31\"}}"))
                .isInstanceOfSatisfying(InvalidProblemException.class, e -> assertThat(e.fieldErrors())
                        .containsExactly(new FieldError("parameters.horizon.from", "must not be after to")));
    }

    @Test
    void refusesAHorizonWithoutItsEnds() {
        assertThatThrownBy(() -> ParametersReader.read("{\"horizon\": {\"from\": \"2027-02-01\"}}"))
                .isInstanceOfSatisfying(InvalidProblemException.class, e -> assertThat(e.fieldErrors())
                        .containsExactly(new FieldError("parameters.horizon.to", "is required")));
    }

    @Test
    void refusesAPeriodLengthWithoutAHorizon() {
        assertThatThrownBy(() -> ParametersReader.read("{\"periodLength\": \"WEEK\"}"))
                .isInstanceOfSatisfying(InvalidProblemException.class, e -> assertThat(e.fieldErrors())
                        .containsExactly(new FieldError("parameters.periodLength", "needs parameters.horizon")));
    }

    @Test
    void refusesAnUnknownPeriodLength() {
        assertThatThrownBy(() -> ParametersReader.read(
                "{\"horizon\": {\"from\": \"2027-01-01\", \"to\": \"2027-01-31\"}, \"periodLength\": \"DAY\"}"))
                .isInstanceOfSatisfying(InvalidProblemException.class, e -> assertThat(e.errors())
                        .containsExactly("parameters.periodLength must be MONTH, WEEK or HORIZON"));
    }

    @Test
    void refusesParametersThatAreNotAnObject() {
        assertThatThrownBy(() -> ParametersReader.read("[1]"))
                .isInstanceOfSatisfying(InvalidProblemException.class, e -> assertThat(e.fieldErrors())
                        .containsExactly(new FieldError("parameters", "must be an object")));
    }

    @Test
    void refusesMalformedJsonAsTheWholeDocument() {
        assertThatThrownBy(() -> ParametersReader.read("{\"roadFactor\": "))
                .isInstanceOfSatisfying(InvalidProblemException.class, e -> assertThat(e.fieldErrors())
                        .singleElement().satisfies(error -> {
                            assertThat(error.field()).isEmpty();
                            assertThat(error.message()).startsWith("malformed JSON");
                        }));
    }
}
