package no.sirkel.proposal;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What publishing a scenario created: counts and every proposal.
 *
 * @param published how many proposals were created, one per match and hub leg of the plan
 * @param open      how many of them await the two sides' answers
 * @param stale     how many were created stale, because a listing changed since the scenario's snapshot (the
 *                  proposal's events say why)
 * @param superseded how many were superseded at once, because a newer scenario's undecided proposals already offer
 *                   their listings
 * @param skipped   legs left out because their listing or hub no longer exists
 */
@Schema(description = "What publishing a scenario's plan created")
record Publication(@Schema(description = "The scenario published") UUID scenarioId,
                   @Schema(description = "How many proposals were created, one per match and hub leg of the plan")
                   int published,
                   @Schema(description = "How many of them await the two sides' answers") int open,
                   @Schema(description = "How many were created stale, because a listing changed since the "
                           + "scenario's snapshot (the proposal's events say why)")
                   int stale,
                   @Schema(description = "How many were superseded at once, because a newer scenario's undecided "
                           + "proposals already offer their listings")
                   int superseded,
                   @Schema(description = "Legs left out because their listing or hub no longer exists") int skipped,
                   @Schema(description = "Every proposal created") List<ProposalView> items) {

    static Publication of(UUID scenarioId, int skipped, List<ProposalView> items) {
        int stale = count(items, ProposalState.STALE);
        int superseded = count(items, ProposalState.SUPERSEDED);
        return new Publication(scenarioId, items.size(), items.size() - stale - superseded, stale, superseded,
                skipped, items);
    }

    private static int count(List<ProposalView> items, ProposalState state) {
        return (int) items.stream().filter(item -> item.state() == state).count();
    }
}
