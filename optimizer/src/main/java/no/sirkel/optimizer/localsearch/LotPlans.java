package no.sirkel.optimizer.localsearch;

import java.util.ArrayList;
import java.util.List;

import no.sirkel.optimizer.network.Arc;
import no.sirkel.optimizer.network.Flows;
import no.sirkel.optimizer.network.Network;

/**
 * Cuts a network and its start flows into lots, and turns a lot plan back into flows.
 *
 * <p>Each positive start flow becomes a few halving lots on its arc (x/2, x/4, ..., the last piece taking the rest),
 * and what the supply does not send becomes halving lots on the fallback, so the start is represented exactly (to the
 * gram) with a bounded number of lots per supply, and both whole pairs and halves of them can move.
 */
public final class LotPlans {

    /** Upper bound on the lots cut from one supply (its start flows alone may need more; each then gets one lot). */
    static final int MAX_LOTS_PER_SUPPLY = 16;
    /** Lots per positive start flow while the supply stays under {@link #MAX_LOTS_PER_SUPPLY}. */
    static final int LOTS_PER_FLOW = 2;
    /** Unsent supply is halved no finer than this share of the supply. */
    static final int FINEST_REMAINDER_SHARE = 64;

    private LotPlans() {
    }

    public static LotPlan cut(Network network, ArcCandidates candidates, Flows start) {
        List<Lot> lots = new ArrayList<>();
        long[] startLoadGrams = new long[network.demandCount()];
        for (int supply = 0; supply < network.supplyCount(); supply++) {
            List<Arc> arcs = network.arcsOfSupply(supply);
            List<Arc> used = new ArrayList<>();
            List<Long> usedGrams = new ArrayList<>();
            long supplyGrams = grams(network.supplyTonnes(supply));
            long unsentGrams = supplyGrams;
            for (Arc arc : arcs) {
                double tonnes = start.tonnes(arc.index());
                if (tonnes > Network.EPSILON_TONNES) {
                    long flowGrams = Math.min(grams(tonnes), unsentGrams);
                    used.add(arc);
                    usedGrams.add(flowGrams);
                    unsentGrams -= flowGrams;
                }
            }
            int lotsPerFlow = used.size() * LOTS_PER_FLOW < MAX_LOTS_PER_SUPPLY ? LOTS_PER_FLOW : 1;
            for (int i = 0; i < used.size(); i++) {
                Arc arc = used.get(i);
                for (long piece : halvings(usedGrams.get(i), lotsPerFlow)) {
                    lots.add(new Lot(lots.size(), supply, piece, arcs, arc));
                    startLoadGrams[arc.demand()] += piece;
                }
            }
            int remainderLots = Math.max(1, MAX_LOTS_PER_SUPPLY - used.size() * lotsPerFlow);
            long finest = Math.max(1, supplyGrams / FINEST_REMAINDER_SHARE);
            for (long piece : halvings(unsentGrams, remainderLots, finest)) {
                lots.add(new Lot(lots.size(), supply, piece, arcs, null));
            }
        }
        List<DemandLoad> demandLoads = new ArrayList<>(network.demandCount());
        for (int demand = 0; demand < network.demandCount(); demand++) {
            long capacity = Math.max(grams(network.demandTonnes(demand)), startLoadGrams[demand]);
            demandLoads.add(new DemandLoad(demand, capacity));
        }
        for (Lot lot : lots) {
            if (lot.isMatched()) {
                demandLoads.get(lot.demand()).add(lot);
            }
        }
        return new LotPlan(network, candidates, lots, demandLoads);
    }

    public static Flows toFlows(Network network, LotPlan plan) {
        Flows flows = new Flows(network.arcCount());
        for (Lot lot : plan.getLots()) {
            if (lot.isMatched()) {
                flows.add(lot.getArc().index(), lot.tonnes());
            }
        }
        return flows;
    }

    static long grams(double tonnes) {
        return Math.round(tonnes * Lot.GRAMS_PER_TONNE);
    }

    private static List<Long> halvings(long grams, int pieces) {
        return halvings(grams, pieces, 1);
    }

    /** grams/2, grams/4, ... while pieces stay at least {@code finest}, at most {@code pieces}; the last takes the rest. */
    private static List<Long> halvings(long grams, int pieces, long finest) {
        List<Long> result = new ArrayList<>();
        long left = grams;
        while (left > 0 && result.size() < pieces - 1 && left / 2 >= finest) {
            long half = left / 2;
            result.add(left - half);
            left = half;
        }
        if (left > 0) {
            result.add(left);
        }
        return result;
    }
}
