package no.sirkel.proposal;

import java.util.List;
import java.util.UUID;

/**
 * What publishing a scenario created: counts and every proposal.
 *
 * @param published how many proposals were created, one per match and hub leg of the plan
 * @param open      how many of them await the two sides' answers
 * @param stale     how many were created stale, because a listing changed since the scenario's snapshot (the
 *                  proposal's events say why)
 * @param skipped   legs left out because their listing or hub no longer exists
 */
record Publication(UUID scenarioId, int published, int open, int stale, int skipped, List<ProposalView> items) {

    static Publication of(UUID scenarioId, int skipped, List<ProposalView> items) {
        int stale = (int) items.stream().filter(item -> item.state() == ProposalState.STALE).count();
        return new Publication(scenarioId, items.size(), items.size() - stale, stale, skipped, items);
    }
}
