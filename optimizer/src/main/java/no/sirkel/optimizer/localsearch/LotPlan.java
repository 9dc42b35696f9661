package no.sirkel.optimizer.localsearch;

import java.util.List;

import no.sirkel.optimizer.network.Network;

import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

/**
 * The planning solution: every supply cut into lots, each lot on an arc or on its fallback, and one load per demand
 * (indexed by demand). The network and the candidate arcs are shared, read-only context for the moves.
 */
@PlanningSolution
public class LotPlan {

    private Network network;
    private ArcCandidates candidates;

    @PlanningEntityCollectionProperty
    private List<Lot> lots;

    @PlanningEntityCollectionProperty
    private List<DemandLoad> demandLoads;

    @PlanningScore
    private HardSoftLongScore score;

    public LotPlan() {
    }

    public LotPlan(Network network, ArcCandidates candidates, List<Lot> lots, List<DemandLoad> demandLoads) {
        this.network = network;
        this.candidates = candidates;
        this.lots = lots;
        this.demandLoads = demandLoads;
    }

    public Network getNetwork() {
        return network;
    }

    public ArcCandidates getCandidates() {
        return candidates;
    }

    public List<Lot> getLots() {
        return lots;
    }

    public List<DemandLoad> getDemandLoads() {
        return demandLoads;
    }

    public HardSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardSoftLongScore score) {
        this.score = score;
    }
}
