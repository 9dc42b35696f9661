package no.sirkel.optimizer.localsearch;

import static org.optaplanner.core.api.score.stream.ConstraintCollectors.sumLong;

import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.Joiners;

/**
 * Cost of a lot plan as a score: hard = grams delivered beyond a demand's capacity; soft = öre saved against the
 * all-fallback baseline, so that cost = baseline − soft / 100. Supply capacity needs no constraint: a supply's lots
 * add up to its tonnes.
 */
public class FlowConstraints implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                demandCapacity(factory),
                matchedSaving(factory),
                matchedLoss(factory),
                fixedCostPerUsedPair(factory)
        };
    }

    Constraint demandCapacity(ConstraintFactory factory) {
        return factory.forEach(Lot.class)
                .filter(Lot::isMatched)
                .groupBy(Lot::demand, sumLong(Lot::getGrams))
                .join(DemandLoad.class, Joiners.equal((demand, grams) -> demand, DemandLoad::getDemand))
                .filter((demand, grams, load) -> grams > load.getCapacityGrams())
                .penalizeLong(HardSoftLongScore.ONE_HARD, (demand, grams, load) -> grams - load.getCapacityGrams())
                .asConstraint("Demand capacity");
    }

    Constraint matchedSaving(ConstraintFactory factory) {
        return factory.forEach(Lot.class)
                .filter(lot -> lot.isMatched() && lot.getArc().savingPerTonne() > 0)
                .rewardLong(HardSoftLongScore.ONE_SOFT, Lot::savingOre)
                .asConstraint("Matched saving");
    }

    /** A lot on an arc that costs more than both fallbacks together. */
    Constraint matchedLoss(ConstraintFactory factory) {
        return factory.forEach(Lot.class)
                .filter(lot -> lot.isMatched() && lot.getArc().savingPerTonne() < 0)
                .penalizeLong(HardSoftLongScore.ONE_SOFT, lot -> -lot.savingOre())
                .asConstraint("Matched loss");
    }

    Constraint fixedCostPerUsedPair(ConstraintFactory factory) {
        return factory.forEach(Lot.class)
                .filter(Lot::isMatched)
                .groupBy(Lot::getArc)
                .penalizeLong(HardSoftLongScore.ONE_SOFT, ScoreUnits::fixedOre)
                .asConstraint("Fixed cost per used pair");
    }
}
