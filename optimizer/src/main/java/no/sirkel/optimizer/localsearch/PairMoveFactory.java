package no.sirkel.optimizer.localsearch;

import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

import no.sirkel.optimizer.network.Arc;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/**
 * Random moves that open, close, grow and shift whole supply→demand pairs, each kept within every demand's capacity:
 * <ul>
 * <li>close a pair: each of its lots goes to the alternative that saves most (fixed costs counted) or its fallback;</li>
 * <li>grow or open a pair: the supply's fallback lots join it, largest first, as far as the demand has room;</li>
 * <li>shift a pair: all its lots go to another candidate arc of the supply, rerouting the cheapest lots of other
 * supplies away from that demand where it lacks room (an ejection chain of length two);</li>
 * <li>shift a lot: one lot to a candidate arc (likewise making room) or to its fallback.</li>
 * </ul>
 */
public class PairMoveFactory implements MoveIteratorFactory<LotPlan, ReassignLotsMove> {

    private static final int ATTEMPTS_PER_MOVE = 20;
    private static final Comparator<Lot> LARGEST_FIRST = Comparator.comparing(Lot::getGrams, Comparator.reverseOrder());

    private LotIndex index;

    @Override
    public void phaseStarted(ScoreDirector<LotPlan> scoreDirector) {
        index = new LotIndex(scoreDirector.getWorkingSolution());
    }

    @Override
    public void phaseEnded(ScoreDirector<LotPlan> scoreDirector) {
        index = null;
    }

    @Override
    public long getSize(ScoreDirector<LotPlan> scoreDirector) {
        return (long) scoreDirector.getWorkingSolution().getLots().size() * 16;
    }

    @Override
    public Iterator<ReassignLotsMove> createOriginalMoveIterator(ScoreDirector<LotPlan> scoreDirector) {
        throw new UnsupportedOperationException("pair moves are only selected at random");
    }

    @Override
    public Iterator<ReassignLotsMove> createRandomMoveIterator(ScoreDirector<LotPlan> scoreDirector, Random random) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public ReassignLotsMove next() {
                for (int attempt = 0; attempt < ATTEMPTS_PER_MOVE; attempt++) {
                    ReassignLotsMove move = randomMove(random);
                    if (move != null) {
                        return move;
                    }
                }
                return new ReassignLotsMove("none", new Lot[0], new Arc[0]);
            }
        };
    }

    private ReassignLotsMove randomMove(Random random) {
        List<Lot> lots = index.lots();
        Lot lot = lots.get(random.nextInt(lots.size()));
        MoveDraft draft = new MoveDraft(index);
        double kind = random.nextDouble();
        if (lot.isMatched() && kind < 0.3) {
            return closePair(draft, lot);
        }
        if (lot.isMatched() && kind < 0.45) {
            return fillFromFallback(draft, lot.getSupply(), lot.getArc(), "grow pair");
        }
        Arc target = randomCandidate(lot.getSupply(), random);
        if (target == null || target == lot.getArc()) {
            return null;
        }
        if (lot.isMatched() && kind < 0.75) {
            return shiftPair(draft, lot, target);
        }
        if (!lot.isMatched() && kind < 0.5) {
            return fillFromFallback(draft, lot.getSupply(), target, "open pair");
        }
        return shiftLot(draft, lot, lot.isMatched() && random.nextInt(4) == 0 ? null : target);
    }

    private static ReassignLotsMove closePair(MoveDraft draft, Lot lot) {
        Arc closing = lot.getArc();
        List<Lot> pair = draft.lotsOn(lot.getSupply(), closing);
        pair.sort(LARGEST_FIRST);
        for (Lot member : pair) {
            draft.reroute(member, closing);
        }
        return draft.toMove("close pair");
    }

    /** Puts the supply's fallback lots on the arc, largest first, as far as its demand has room. */
    private static ReassignLotsMove fillFromFallback(MoveDraft draft, int supply, Arc arc, String kind) {
        List<Lot> unmatched = draft.lotsOn(supply, null);
        unmatched.sort(LARGEST_FIRST);
        for (Lot lot : unmatched) {
            if (draft.residualGrams(arc.demand()) >= lot.getGrams()) {
                draft.assign(lot, arc);
            }
        }
        return draft.toMove(kind);
    }

    private static ReassignLotsMove shiftPair(MoveDraft draft, Lot lot, Arc target) {
        for (Lot member : draft.lotsOn(lot.getSupply(), lot.getArc())) {
            draft.assign(member, target);
        }
        return draft.makeRoom(target.demand(), lot.getSupply()) ? draft.toMove("shift pair") : null;
    }

    private static ReassignLotsMove shiftLot(MoveDraft draft, Lot lot, Arc target) {
        draft.assign(lot, target);
        if (target != null && !draft.makeRoom(target.demand(), lot.getSupply())) {
            return null;
        }
        return draft.toMove("shift lot");
    }

    private Arc randomCandidate(int supply, Random random) {
        List<Arc> candidates = index.candidates().bestArcsOf(supply);
        return candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
    }
}
