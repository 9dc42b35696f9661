package no.sirkel.optimizer.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class PlanReaderTest {

    private static final LocalDate JANUARY = LocalDate.of(2027, 1, 1);
    private static final LocalDate MARCH = LocalDate.of(2027, 3, 1);

    @Test
    void readsBackAVersion1PlanAsWritten() {
        Plan plan = versionOnePlan();

        String json = PlanWriter.toJson(plan);

        assertThat(json).doesNotContain("flows", "periods");
        assertThat(json.substring(json.indexOf("\"totals\""), json.indexOf("\"baseline\"")))
                .as("version 1 totals").doesNotContain("handlingCost");
        assertThat(PlanReader.read(json)).isEqualTo(plan);
    }

    private static Plan versionOnePlan() {
        return new Plan("worked-example",
                List.of(new Plan.Match("S1", "D1", 700, 20, 70, 28_500, 1400)),
                List.of(new Plan.Disposal("S2", null, 30, null, null, 2L, null)),
                List.of(new Plan.VirginDelivery("D1", "Q1", 100, 5.0, 9000.0, 6L, 50.0)),
                new Plan.Totals(91_600, 53_000, 600, 0, 8000, 30_000, 26_500, 2650, 113, 1000, 0.97),
                new Plan.Baseline(772_000, 14_000, 1400, 213, 28_000.0, 0.0, 50_000.0, 64_000.0, 0.0, 0.0, 630_000.0,
                        30.0, 300.0), new Plan.Greedy(91_600), 91_537.5, 0.068,
                "0hard/-91600soft", 3.1);
    }

    @Test
    void readsBackAVersion2PlanAsWritten() {
        Plan plan = new Plan("example-A",
                List.of(),
                List.of(new Plan.Disposal("S1", "L1", 300, 10.0, 18_000.0, 18L, 270.0)),
                List.of(),
                new Plan.Totals(116_200, 89_000, 200, 15_000, 0, 0, 89_000, 8010, 555, 2800, 0.9, 42_000.0, 0.0,
                        2800.0),
                new Plan.Baseline(494_000, 59_000, 5310, 350), new Plan.Greedy(116_200), 116_200, 0.0,
                "0hard/-116200soft", 1.0,
                List.of(JANUARY, LocalDate.of(2027, 2, 1), MARCH),
                List.of(new Plan.Flow(FlowKind.TO_HUB, "S1", "H1", JANUARY, "CRUSHED_ROCK", 1, true, 2800, 10, 165,
                                70_000, 2520),
                        new Plan.Flow(FlowKind.FROM_HUB, "H1", "D1", MARCH, "CRUSHED_ROCK", 1, null, 2800, 10, 165,
                                28_000, 2520),
                        new Plan.Flow(FlowKind.DISPOSAL, "S1", "L1", JANUARY, null, null, null, 300, 10, 18, 18_000,
                                270)),
                List.of(new Plan.Unplaced("S9", JANUARY, 1.5)),
                List.of(new Plan.Unmet("D9", MARCH, 2.5)),
                List.of(new Plan.HubUse("H1", true, 2800, 2800, List.of(new Plan.StockLevel(JANUARY, 2800),
                        new Plan.StockLevel(LocalDate.of(2027, 2, 1), 2800), new Plan.StockLevel(MARCH, 0)))));

        String json = PlanWriter.toJson(plan);

        assertThat(json).contains("\"period\" : \"2027-03-01\"", "\"kind\" : \"TO_HUB\"");
        assertThat(PlanReader.read(json)).isEqualTo(plan);
    }

    @Test
    void readsTheHandMadeVersion2PlansOfTheCheckerTests() {
        Plan plan = PlanReader.read(PlanReaderTest.class.getResourceAsStream("/plans/v2/worked-example.json"));

        assertThat(plan.timed()).isTrue();
        assertThat(plan.flows()).hasSize(6).first().extracting(Plan.Flow::kind).isEqualTo(FlowKind.MATCH);
        assertThat(plan.hubs().get(0).stock()).extracting(Plan.StockLevel::tonnes).containsExactly(1500.0, 0.0);
        assertThat(plan.totals().handlingCost()).isEqualTo(52_500);
        assertThat(PlanReader.read(PlanReaderTest.class.getResourceAsStream("/plans/v2/A.json")).periods())
                .containsExactly(JANUARY, LocalDate.of(2027, 2, 1), MARCH);
    }

    @Test
    void refusesFieldsThePlanFormatDoesNotKnow() {
        String json = PlanWriter.toJson(versionOnePlan()).replaceFirst("\\{", "{\"bestCost\": 5,");

        assertThatThrownBy(() -> PlanReader.read(json))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bestCost");
    }

    @Test
    void refusesTextThatIsNotJson() {
        assertThatThrownBy(() -> PlanReader.read("{\"problem\": "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("not a plan");
    }
}
