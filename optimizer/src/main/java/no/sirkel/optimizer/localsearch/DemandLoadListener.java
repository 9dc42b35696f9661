package no.sirkel.optimizer.localsearch;

import org.optaplanner.core.api.domain.variable.VariableListener;
import org.optaplanner.core.api.score.director.ScoreDirector;

/**
 * Keeps each {@link DemandLoad} in step with the lots' arcs: a lot leaves its old demand when the change is announced
 * (OptaPlanner delivers "before" events immediately) and joins its new demand afterwards.
 */
public class DemandLoadListener implements VariableListener<LotPlan, Lot> {

    @Override
    public void beforeVariableChanged(ScoreDirector<LotPlan> scoreDirector, Lot lot) {
        if (lot.isMatched()) {
            DemandLoad load = loadOf(scoreDirector, lot);
            scoreDirector.beforeVariableChanged(load, "loadGrams");
            load.remove(lot);
            scoreDirector.afterVariableChanged(load, "loadGrams");
        }
    }

    @Override
    public void afterVariableChanged(ScoreDirector<LotPlan> scoreDirector, Lot lot) {
        if (lot.isMatched()) {
            DemandLoad load = loadOf(scoreDirector, lot);
            scoreDirector.beforeVariableChanged(load, "loadGrams");
            load.add(lot);
            scoreDirector.afterVariableChanged(load, "loadGrams");
        }
    }

    private static DemandLoad loadOf(ScoreDirector<LotPlan> scoreDirector, Lot lot) {
        return scoreDirector.getWorkingSolution().getDemandLoads().get(lot.demand());
    }

    @Override
    public void beforeEntityAdded(ScoreDirector<LotPlan> scoreDirector, Lot lot) {
        // lots are never added during solving
    }

    @Override
    public void afterEntityAdded(ScoreDirector<LotPlan> scoreDirector, Lot lot) {
        // lots are never added during solving
    }

    @Override
    public void beforeEntityRemoved(ScoreDirector<LotPlan> scoreDirector, Lot lot) {
        // lots are never removed during solving
    }

    @Override
    public void afterEntityRemoved(ScoreDirector<LotPlan> scoreDirector, Lot lot) {
        // lots are never removed during solving
    }
}
