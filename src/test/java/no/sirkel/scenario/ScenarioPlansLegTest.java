package no.sirkel.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import no.sirkel.optimizer.plan.FlowKind;
import no.sirkel.optimizer.plan.Plan;

/** A plan's flows as the legs a publication offers: a listing's stretches count as the listing. */
class ScenarioPlansLegTest {

    private static final LocalDate APRIL = LocalDate.of(2027, 4, 1);
    private static final LocalDate MAY = LocalDate.of(2027, 5, 1);

    private static Plan.Flow toHub(String supply, UUID hub, LocalDate period, double tonnes) {
        return new Plan.Flow(FlowKind.TO_HUB, supply, hub.toString(), period, "GRAVEL", 1, false, tonnes, 10,
                1, tonnes * 20, tonnes);
    }

    @Test
    void theStretchesOfOneSupplyMakeOneLegWithASchedule() {
        UUID supply = UUID.randomUUID();
        UUID hub = UUID.randomUUID();

        List<ScenarioPlans.Leg> legs = ScenarioPlans.Leg.summed(List.of(
                toHub(Snapshot.stretchId(supply, APRIL), hub, APRIL, 15),
                toHub(Snapshot.stretchId(supply, MAY), hub, MAY, 30),
                toHub(Snapshot.stretchId(supply, MAY), hub, LocalDate.of(2027, 6, 1), 31)));

        assertThat(legs).singleElement().satisfies(leg -> {
            assertThat(leg.supply()).isEqualTo(supply);
            assertThat(leg.hub()).isEqualTo(hub);
            assertThat(leg.tonnes()).isEqualTo(76.0);
            assertThat(leg.schedule()).extracting(ScenarioPlans.PeriodTonnes::tonnes).containsExactly(15.0, 30.0, 31.0);
        });
    }

    @Test
    void aCandidateHubsOwnIdIsNeverReadAsAStretch() {
        assertThat(Snapshot.listingId("north@2027-04-01")).isEqualTo("north@2027-04-01");
        assertThat(ScenarioPlans.Leg.summed(List.of(new Plan.Flow(FlowKind.TO_HUB, UUID.randomUUID().toString(),
                "north@2027-04-01", APRIL, "GRAVEL", 1, false, 5, 10, 1, 100, 5)))).isEmpty();
    }
}
