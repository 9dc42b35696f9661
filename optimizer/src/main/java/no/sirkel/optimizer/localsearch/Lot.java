package no.sirkel.optimizer.localsearch;

import java.util.List;

import no.sirkel.optimizer.network.Arc;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * A fixed quantity of one supply that travels as a whole: along one of its supply's arcs to a demand, or (arc null)
 * to the supply's disposal fallback. Quantities are whole grams so that capacity sums are exact.
 */
@PlanningEntity
public class Lot {

    /** Grams per tonne: the unit of {@link #getGrams()}. */
    public static final long GRAMS_PER_TONNE = 1_000_000L;

    @PlanningId
    private int id;
    private int supply;
    private long grams;
    private List<Arc> supplyArcs;

    @PlanningVariable(valueRangeProviderRefs = "supplyArcs", nullable = true)
    private Arc arc;

    public Lot() {
    }

    /**
     * @param supplyArcs the arcs leaving {@code supply} (shared, not copied)
     * @param arc        the arc it starts on, null for the disposal fallback
     */
    public Lot(int id, int supply, long grams, List<Arc> supplyArcs, Arc arc) {
        this.id = id;
        this.supply = supply;
        this.grams = grams;
        this.supplyArcs = supplyArcs;
        this.arc = arc;
    }

    public int getId() {
        return id;
    }

    public int getSupply() {
        return supply;
    }

    public long getGrams() {
        return grams;
    }

    public double tonnes() {
        return (double) grams / GRAMS_PER_TONNE;
    }

    @ValueRangeProvider(id = "supplyArcs")
    public List<Arc> getSupplyArcs() {
        return supplyArcs;
    }

    public Arc getArc() {
        return arc;
    }

    public void setArc(Arc arc) {
        this.arc = arc;
    }

    public boolean isMatched() {
        return arc != null;
    }

    /** The demand it goes to; only for a matched lot. */
    public int demand() {
        return arc.demand();
    }

    /** What carrying this lot along its arc saves against both fallbacks, in score units (öre). */
    public long savingOre() {
        return Math.round(arc.savingPerTonne() * grams * ScoreUnits.ORE_PER_NOK / GRAMS_PER_TONNE);
    }

    @Override
    public String toString() {
        return "Lot" + id + "(s" + supply + ", " + tonnes() + " t -> " + (arc == null ? "fallback" : "d" + arc.demand())
                + ")";
    }
}
