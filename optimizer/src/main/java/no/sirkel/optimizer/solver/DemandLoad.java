package no.sirkel.optimizer.solver;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.ShadowVariable;

/**
 * One demand's capacity and the grams its matched lots currently bring. The load is a shadow of the lots' arcs, kept
 * so that moves can see residual capacity in constant time; the capacity constraint itself sums the lots.
 */
@PlanningEntity
public class DemandLoad {

    @PlanningId
    private int demand;
    private long capacityGrams;

    @ShadowVariable(variableListenerClass = DemandLoadListener.class, sourceEntityClass = Lot.class,
            sourceVariableName = "arc")
    private Long loadGrams;

    public DemandLoad() {
    }

    public DemandLoad(int demand, long capacityGrams, long loadGrams) {
        this.demand = demand;
        this.capacityGrams = capacityGrams;
        this.loadGrams = loadGrams;
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

    public void setLoadGrams(long loadGrams) {
        this.loadGrams = loadGrams;
    }

    public long residualGrams() {
        return capacityGrams - loadGrams;
    }
}
