package no.sirkel.optimizer.localsearch;

import java.util.List;

import no.sirkel.optimizer.network.Arc;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

class FlowConstraintsTest {

    private static final Arc TO_FIRST = new Arc(0, 0, 0, 10, 26, 3000, 120.5);
    private static final Arc TO_SECOND = new Arc(1, 0, 1, 20, 52, 500, -12);
    private static final Arc OTHER_TO_FIRST = new Arc(2, 1, 0, 5, 13, 800, 200);
    private static final List<Arc> FROM_FIRST = List.of(TO_FIRST, TO_SECOND);
    private static final List<Arc> FROM_OTHER = List.of(OTHER_TO_FIRST);

    private final ConstraintVerifier<FlowConstraints, LotPlan> verifier =
            ConstraintVerifier.build(new FlowConstraints(), LotPlan.class, Lot.class, DemandLoad.class)
                    .withConstraintStreamImplType(ConstraintStreamImplType.BAVET);

    private static Lot lot(int id, int supply, double tonnes, List<Arc> arcs, Arc arc) {
        return new Lot(id, supply, LotPlans.grams(tonnes), arcs, arc);
    }

    @Test
    void penalizesGramsBeyondDemandCapacity() {
        verifier.verifyThat(FlowConstraints::demandCapacity)
                .given(lot(0, 0, 60, FROM_FIRST, TO_FIRST), lot(1, 1, 50.5, FROM_OTHER, OTHER_TO_FIRST),
                        lot(2, 0, 70, FROM_FIRST, null),
                        new DemandLoad(0, LotPlans.grams(100)), new DemandLoad(1, LotPlans.grams(10)))
                .penalizesBy(LotPlans.grams(10.5));
    }

    @Test
    void acceptsDemandFilledExactly() {
        verifier.verifyThat(FlowConstraints::demandCapacity)
                .given(lot(0, 0, 60, FROM_FIRST, TO_FIRST), lot(1, 1, 40, FROM_OTHER, OTHER_TO_FIRST),
                        new DemandLoad(0, LotPlans.grams(100)))
                .penalizesBy(0L);
    }

    @Test
    void rewardsSavingOfMatchedLotsInOre() {
        verifier.verifyThat(FlowConstraints::matchedSaving)
                .given(lot(0, 0, 10, FROM_FIRST, TO_FIRST), lot(1, 0, 2.5, FROM_FIRST, TO_SECOND),
                        lot(2, 0, 100, FROM_FIRST, null))
                .rewardsWith(120_500L);
    }

    @Test
    void penalizesLotsOnArcsCostlierThanBothFallbacks() {
        verifier.verifyThat(FlowConstraints::matchedLoss)
                .given(lot(0, 0, 10, FROM_FIRST, TO_FIRST), lot(1, 0, 2.5, FROM_FIRST, TO_SECOND),
                        lot(2, 0, 100, FROM_FIRST, null))
                .penalizesBy(3_000L);
    }

    @Test
    void chargesFixedCostOncePerUsedPair() {
        verifier.verifyThat(FlowConstraints::fixedCostPerUsedPair)
                .given(lot(0, 0, 10, FROM_FIRST, TO_FIRST), lot(1, 0, 5, FROM_FIRST, TO_FIRST),
                        lot(2, 1, 5, FROM_OTHER, OTHER_TO_FIRST), lot(3, 0, 7, FROM_FIRST, null))
                .penalizesBy(300_000L + 80_000L);
    }
}
