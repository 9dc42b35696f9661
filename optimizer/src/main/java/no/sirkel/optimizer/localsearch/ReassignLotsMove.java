package no.sirkel.optimizer.localsearch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import no.sirkel.optimizer.network.Arc;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;

/** Puts each of some lots on a given arc (null: its fallback) at once. */
final class ReassignLotsMove extends AbstractMove<LotPlan> {

    private final String kind;
    private final Lot[] lots;
    private final Arc[] arcs;

    ReassignLotsMove(String kind, Lot[] lots, Arc[] arcs) {
        this.kind = kind;
        this.lots = lots;
        this.arcs = arcs;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<LotPlan> scoreDirector) {
        for (int i = 0; i < lots.length; i++) {
            if (lots[i].getArc() != arcs[i]) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected ReassignLotsMove createUndoMove(ScoreDirector<LotPlan> scoreDirector) {
        Arc[] current = new Arc[lots.length];
        for (int i = 0; i < lots.length; i++) {
            current[i] = lots[i].getArc();
        }
        return new ReassignLotsMove(kind, lots, current);
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<LotPlan> scoreDirector) {
        for (int i = 0; i < lots.length; i++) {
            scoreDirector.beforeVariableChanged(lots[i], "arc");
            lots[i].setArc(arcs[i]);
            scoreDirector.afterVariableChanged(lots[i], "arc");
        }
    }

    @Override
    public ReassignLotsMove rebase(ScoreDirector<LotPlan> destinationScoreDirector) {
        Lot[] rebased = new Lot[lots.length];
        for (int i = 0; i < lots.length; i++) {
            rebased[i] = destinationScoreDirector.lookUpWorkingObject(lots[i]);
        }
        return new ReassignLotsMove(kind, rebased, arcs);
    }

    @Override
    public String getSimpleMoveTypeDescription() {
        return "ReassignLotsMove(" + kind + ")";
    }

    @Override
    public Collection<Lot> getPlanningEntities() {
        return Arrays.asList(lots);
    }

    @Override
    public Collection<Arc> getPlanningValues() {
        List<Arc> values = new ArrayList<>(arcs.length);
        for (Arc arc : arcs) {
            if (arc != null) {
                values.add(arc);
            }
        }
        return values;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReassignLotsMove move && Arrays.equals(lots, move.lots)
                && Arrays.equals(arcs, move.arcs);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(lots), Arrays.hashCode(arcs));
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(kind).append(" {");
        for (int i = 0; i < lots.length; i++) {
            text.append(i == 0 ? "" : ", ").append(lots[i]).append(" => ")
                    .append(arcs[i] == null ? "fallback" : "d" + arcs[i].demand());
        }
        return text.append('}').toString();
    }
}
