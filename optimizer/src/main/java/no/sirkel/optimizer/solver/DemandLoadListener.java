package no.sirkel.optimizer.solver;

import org.optaplanner.core.api.domain.variable.VariableListener;
import org.optaplanner.core.api.score.director.ScoreDirector;

/**
 * Keeps {@link DemandLoad#getLoadGrams()} in step with the lots' arcs: a lot's grams leave its old demand when the
 * change is announced (OptaPlanner delivers "before" events immediately) and join its new demand afterwards.
 */
public class DemandLoadListener implements VariableListener<LotPlan, Lot> {

    @Override
    public void beforeVariableChanged(ScoreDirector<LotPlan> scoreDirector, Lot lot) {
        addLoad(scoreDirector, lot, -lot.getGrams());
    }

    @Override
    public void afterVariableChanged(ScoreDirector<LotPlan> scoreDirector, Lot lot) {
        addLoad(scoreDirector, lot, lot.getGrams());
    }

    private static void addLoad(ScoreDirector<LotPlan> scoreDirector, Lot lot, long grams) {
        if (!lot.isMatched()) {
            return;
        }
        DemandLoad load = scoreDirector.getWorkingSolution().getDemandLoads().get(lot.demand());
        scoreDirector.beforeVariableChanged(load, "loadGrams");
        load.setLoadGrams(load.getLoadGrams() + grams);
        scoreDirector.afterVariableChanged(load, "loadGrams");
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
