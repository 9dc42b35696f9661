package no.sirkel.optimizer.localsearch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
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
    private final Map<Lot, Arc> changes = new IdentityHashMap<>();
    /** Residual changes of the demands the draft touches, in parallel arrays: drafts touch only a few demands. */
    private int[] touchedDemands = new int[8];
    private long[] residualChanges = new long[8];
    private int touched;

    MoveDraft(LotIndex index) {
        this.index = index;
    }

    Arc arcOf(Lot lot) {
        return changes.containsKey(lot) ? changes.get(lot) : lot.getArc();
    }

    long residualGrams(int demand) {
        for (int i = 0; i < touched; i++) {
            if (touchedDemands[i] == demand) {
                return index.load(demand).residualGrams() + residualChanges[i];
            }
        }
        return index.load(demand).residualGrams();
    }

    private void changeResidual(int demand, long grams) {
        for (int i = 0; i < touched; i++) {
            if (touchedDemands[i] == demand) {
                residualChanges[i] += grams;
                return;
            }
        }
        if (touched == touchedDemands.length) {
            touchedDemands = Arrays.copyOf(touchedDemands, 2 * touched);
            residualChanges = Arrays.copyOf(residualChanges, 2 * touched);
        }
        touchedDemands[touched] = demand;
        residualChanges[touched] = grams;
        touched++;
    }

    void assign(Lot lot, Arc arc) {
        Arc old = arcOf(lot);
        if (old == arc) {
            return;
        }
        if (old != null) {
            changeResidual(old.demand(), lot.getGrams());
        }
        if (arc != null) {
            changeResidual(arc.demand(), -lot.getGrams());
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
        Arc current = arcOf(lot);
        Arc best = null;
        double bestSaving = 0;
        for (Arc arc : index.candidates().bestArcsOf(lot.getSupply())) {
            double saving = savingOf(lot, arc, excluded, current);
            if (saving > bestSaving) {
                best = arc;
                bestSaving = saving;
            }
        }
        for (Lot sibling : index.lotsOf(lot.getSupply())) {
            Arc arc = arcOf(sibling);
            double saving = arc == null ? 0 : savingOf(lot, arc, excluded, current);
            if (saving > bestSaving) {
                best = arc;
                bestSaving = saving;
            }
        }
        assign(lot, best);
    }

    /** What moving the lot onto the arc saves, fixed cost included; 0 where it cannot or must not go. */
    private double savingOf(Lot lot, Arc arc, Arc excluded, Arc current) {
        if (arc == excluded || arc == current || residualGrams(arc.demand()) < lot.getGrams()) {
            return 0;
        }
        return arc.savingPerTonne() * lot.tonnes() - (isUsedByOtherLot(arc, lot) ? 0 : arc.fixedCost());
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
        for (Lot lot : index.load(demand).getLots()) {
            Arc arc = arcOf(lot);
            if (lot.getSupply() != keptSupply && arc != null && arc.demand() == demand) {
                present.add(lot);
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
