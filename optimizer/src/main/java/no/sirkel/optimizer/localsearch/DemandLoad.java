package no.sirkel.optimizer.localsearch;

import java.util.ArrayList;
import java.util.List;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.solution.cloner.DeepPlanningClone;
import org.optaplanner.core.api.domain.variable.ShadowVariable;

/**
 * One demand's capacity, the grams its matched lots currently bring and those lots. Load and lots follow the lots'
 * arcs (kept by {@link DemandLoadListener}) so that moves see residual capacity and present lots without searching;
 * the capacity constraint itself sums the lots.
 */
@PlanningEntity
public class DemandLoad {

    @PlanningId
    private int demand;
    private long capacityGrams;

    @ShadowVariable(variableListenerClass = DemandLoadListener.class, sourceEntityClass = Lot.class,
            sourceVariableName = "arc")
    private Long loadGrams;

    @DeepPlanningClone
    private List<Lot> lots = new ArrayList<>();

    public DemandLoad() {
    }

    /** An empty demand; {@link #add} the lots matched to it. */
    public DemandLoad(int demand, long capacityGrams) {
        this.demand = demand;
        this.capacityGrams = capacityGrams;
        this.loadGrams = 0L;
    }

    public int getDemand() {
        return demand;
    }

    public long getCapacityGrams() {
        return capacityGrams;
    }

    public long getLoadGrams() {
        return loadGrams;
    }

    /** The lots matched to this demand (in no particular order); read-only for callers. */
    public List<Lot> getLots() {
        return lots;
    }

    void add(Lot lot) {
        lots.add(lot);
        loadGrams += lot.getGrams();
    }

    void remove(Lot lot) {
        lots.remove(lot);
        loadGrams -= lot.getGrams();
    }

    public long residualGrams() {
        return capacityGrams - loadGrams;
    }
}
