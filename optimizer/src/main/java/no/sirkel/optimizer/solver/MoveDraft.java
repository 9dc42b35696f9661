package no.sirkel.optimizer.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.sirkel.optimizer.network.Arc;

/**
 * A move being composed: lot reassignments not yet applied, seen together with the working plan (arcs and residual
 * capacities as they would be after the reassignments so far). Every step keeps demands within capacity except
 * {@link #assign}, which {@link #makeRoom} then repairs.
 */
final class MoveDraft {

    private final LotIndex index;
    private final Map<Lot, Arc> changes = new LinkedHashMap<>();
    private final Map<Integer, Long> residualChange = new HashMap<>();

    MoveDraft(LotIndex index) {
        this.index = index;
    }

    Arc arcOf(Lot lot) {
        return changes.containsKey(lot) ? changes.get(lot) : lot.getArc();
    }

    long residualGrams(int demand) {
        return index.load(demand).residualGrams() + residualChange.getOrDefault(demand, 0L);
    }

    void assign(Lot lot, Arc arc) {
        Arc old = arcOf(lot);
        if (old == arc) {
            return;
        }
        if (old != null) {
            residualChange.merge(old.demand(), lot.getGrams(), Long::sum);
        }
        if (arc != null) {
            residualChange.merge(arc.demand(), -lot.getGrams(), Long::sum);
        }
        changes.put(lot, arc);
    }

    /** The lots of the supply that travel on the arc. */
    List<Lot> lotsOn(int supply, Arc arc) {
        List<Lot> lots = new ArrayList<>();
        for (Lot lot : index.lotsOf(supply)) {
            if (arcOf(lot) == arc) {
                lots.add(lot);
            }
        }
        return lots;
    }

    /**
     * Sends the lot where it saves most without exceeding any demand: one of its supply's candidate arcs or arcs in
     * use (never {@code excluded}), paying the fixed cost of a pair not yet used, or its fallback.
     */
    void reroute(Lot lot, Arc excluded) {
        Arc best = null;
        double bestSaving = 0;
        for (Arc arc : optionsOf(lot.getSupply())) {
            if (arc == excluded || arc == arcOf(lot) || residualGrams(arc.demand()) < lot.getGrams()) {
                continue;
            }
            double saving = arc.savingPerTonne() * lot.tonnes() - (isUsedByOtherLot(arc, lot) ? 0 : arc.fixedCost());
            if (saving > bestSaving) {
                best = arc;
                bestSaving = saving;
            }
        }
        assign(lot, best);
    }

    /**
     * Brings the demand back within capacity by rerouting lots of other supplies away from it, those that save least
     * per tonne first. False if even that cannot make room.
     */
    boolean makeRoom(int demand, int keptSupply) {
        if (residualGrams(demand) >= 0) {
            return true;
        }
        List<Lot> present = new ArrayList<>();
        for (Arc arc : index.network().arcsOfDemand(demand)) {
            if (arc.supply() != keptSupply) {
                present.addAll(lotsOn(arc.supply(), arc));
            }
        }
        present.sort(Comparator.comparingDouble((Lot lot) -> arcOf(lot).savingPerTonne())
                .thenComparing(Lot::getGrams, Comparator.reverseOrder()));
        for (Lot lot : present) {
            if (residualGrams(demand) >= 0) {
                break;
            }
            reroute(lot, arcOf(lot));
        }
        return residualGrams(demand) >= 0;
    }

    private List<Arc> optionsOf(int supply) {
        List<Arc> options = new ArrayList<>(index.candidates().bestArcsOf(supply));
        for (Lot lot : index.lotsOf(supply)) {
            Arc arc = arcOf(lot);
            if (arc != null && !options.contains(arc)) {
                options.add(arc);
            }
        }
        return options;
    }

    private boolean isUsedByOtherLot(Arc arc, Lot except) {
        for (Lot lot : index.lotsOf(except.getSupply())) {
            if (lot != except && arcOf(lot) == arc) {
                return true;
            }
        }
        return false;
    }

    /** The move, or null if it would change nothing. */
    ReassignLotsMove toMove(String kind) {
        List<Lot> lots = new ArrayList<>();
        List<Arc> arcs = new ArrayList<>();
        changes.forEach((lot, arc) -> {
            if (lot.getArc() != arc) {
                lots.add(lot);
                arcs.add(arc);
            }
        });
        return lots.isEmpty() ? null : new ReassignLotsMove(kind, lots.toArray(Lot[]::new), arcs.toArray(Arc[]::new));
    }
}
