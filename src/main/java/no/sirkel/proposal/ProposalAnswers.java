package no.sirkel.proposal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import no.sirkel.facility.FacilityService;
import no.sirkel.facility.HubReservation;
import no.sirkel.facility.HubSpace;
import no.sirkel.listing.ListingStock;
import no.sirkel.listing.ListingTimeline;
import no.sirkel.listing.Listings;
import no.sirkel.listing.Stretch;
import no.sirkel.optimizer.problem.Period;
import no.sirkel.scenario.ScenarioPlans;
import no.sirkel.security.Caller;
import no.sirkel.security.Role;
import no.sirkel.web.ApiException;
import reactor.core.publisher.Mono;

/**
 * The two sides' answers to a proposal: accept or decline. When both sides have accepted, the proposal becomes a deal:
 * its tonnes are reserved on its listings and, on a storage hub's leg, its schedule at the hub (space per period, and
 * the stock it brings or takes), all in one transaction. The hub's side of a leg whose hub the region runs (no
 * operating company) is answered by a planner or an admin.
 *
 * <p>Locks are always taken in one order: the supply row, then the demand row (a hub leg has only one of them), then
 * the hub's row, then the proposal row. It is the order a listing change stales proposals in too (the listing's row,
 * then its undecided proposals, see {@link ProposalStaling}), and a publication supersedes them in (its listings, then
 * the older proposals, see {@link ProposalPublisher}), so a deal that marks a listing {@code MATCHED} can never wait
 * for a proposal held by a transaction that waits for that listing: every transaction holding a proposal lock already
 * holds its listings. (Locking the proposal first deadlocks: two receivers accepting rival proposals for a supply that
 * fits one each hold their proposal and wait for the supply, and the winner's staling then waits for the loser's
 * proposal.) With the listings locked, the remaining tonnes read are those the reservation then adds to, so two deals
 * can never both take the same tonnes; with the hub locked, the same holds for its space in every period; with the
 * proposal locked, two answers to one proposal cannot both start from the same state (the second sees the first's
 * result). A listing's tonnes per period (its reservations beside its row) are read and taken under the listing's lock
 * too, and a hub's stock of each material and class under the hub's.
 */
@Service
class ProposalAnswers {

    private final ProposalRepository proposals;
    private final Proposals withListings;
    private final Listings listings;
    private final FacilityService facilities;
    private final ScenarioPlans plans;
    private final TransactionalOperator transaction;

    ProposalAnswers(ProposalRepository proposals, Proposals withListings, Listings listings,
                    FacilityService facilities, ScenarioPlans plans, TransactionalOperator transaction) {
        this.proposals = proposals;
        this.withListings = withListings;
        this.listings = listings;
        this.facilities = facilities;
        this.plans = plans;
        this.transaction = transaction;
    }

    Mono<ProposalRow> accept(UUID id, Caller caller) {
        return answer(id, caller, ProposalState::acceptedBy);
    }

    Mono<ProposalRow> decline(UUID id, Caller caller) {
        return answer(id, caller, (from, side) -> from.declined());
    }

    /**
     * Members of either side answer, a member of neither learns nothing (404); planners and admins answer for the hub
     * side of a leg whose hub the region runs, and may not answer anything else (403).
     */
    private Mono<ProposalRow> answer(UUID id, Caller caller, BiFunction<ProposalState, Side, ProposalState> answer) {
        return proposals.findById(id)
                .filter(proposal -> caller.role() != Role.MEMBER || proposal.sideOf(caller.companyId()) != null)
                .switchIfEmpty(Mono.error(ApiException.notFound("proposal", id)))
                .doOnNext(proposal -> {
                    if (proposal.answeringSide(caller) == null) {
                        throw ApiException.forbidden("auth.proposal.hubSide");
                    }
                })
                .flatMap(proposal -> transaction.transactional(answerLocked(proposal, caller, answer)))
                .then(withListings.findById(id));
    }

    private Mono<Void> answerLocked(StoredProposal proposal, Caller caller,
                                    BiFunction<ProposalState, Side, ProposalState> answer) {
        Side side = proposal.answeringSide(caller);
        return lock(proposal).flatMap(locked -> {
            ProposalState to = answer.apply(locked.state(), side);
            if (to == locked.state()) {
                return Mono.empty();
            }
            return to == ProposalState.DEAL
                    ? makeDeal(proposal, locked, caller)
                    : change(proposal, locked.state(), to, caller, reason(to, side, caller));
        });
    }

    /** Locks the proposal's listings, its hub and itself, in the order of this class's Javadoc. */
    private Mono<Locked> lock(StoredProposal proposal) {
        return listings.lockForDeal(proposal.supplier().listingId(), proposal.receiver().listingId())
                .flatMap(pair -> (proposal.hubId() == null ? Mono.just(Optional.<HubSpace>empty())
                        : facilities.lockHubSpace(proposal.hubId()).map(Optional::of))
                        .flatMap(hub -> proposals.lockState(proposal.id())
                                .map(state -> new Locked(pair, hub.orElse(null), state))));
    }

    /**
     * Makes the proposal a deal and reserves its tonnes on its listings (period by period where it has a schedule)
     * and its schedule at its hub, or refuses (409) with nothing changed where a listing no longer has the tonnes (in
     * all, or in one of the periods), the hub not the room, or, on a leg out of a hub, not the stock. The proposal
     * becomes {@code DEAL} before the listings change, so that when a listing turns {@code MATCHED} its change stales
     * only the listing's other undecided proposals, not this one.
     */
    private Mono<Void> makeDeal(StoredProposal proposal, Locked locked, Caller caller) {
        ListingStock supply = locked.listings().supply();
        ListingStock demand = locked.listings().demand();
        for (ListingStock listing : new ListingStock[] {supply, demand}) {
            if (listing != null) {
                Conflicts.requireRemaining(listing, proposal.tonnes());
            }
        }
        return proposals.schedules(List.of(proposal.id()))
                .map(schedules -> schedules.getOrDefault(proposal.id(), List.of()))
                .flatMap(schedule -> (schedule.isEmpty() ? Mono.just(List.<Period>of()) : plans.periods(
                        proposal.scenarioId())).flatMap(periods -> Mono.zip(
                                taken(supply, schedule, periods), taken(demand, schedule, periods))
                        .flatMap(taken -> {
                            List<HubReservation> atHub = hubReservations(proposal, schedule);
                            requireHubRoom(proposal, locked.hub(), atHub);
                            return change(proposal, locked.state(), ProposalState.DEAL, caller,
                                    "both sides accepted; " + Conflicts.tonnes(proposal.tonnes()) + " t reserved")
                                    .then(reserve(supply, proposal, taken.getT1()))
                                    .then(reserve(demand, proposal, taken.getT2()))
                                    .then(locked.hub() == null ? Mono.empty()
                                            : facilities.reserve(proposal.hubId(), proposal.id(), atHub));
                        })));
    }

    /**
     * What the schedule takes of the listing period by period ({@link ListingTimeline#take}); refuses (409) where a
     * period has less left than the schedule's tonnes for it. Nothing without a listing or a schedule.
     *
     * @param periods the periods of the proposal's plan, each with its first and last day
     */
    private Mono<Optional<List<Stretch>>> taken(ListingStock listing, List<ScenarioPlans.PeriodTonnes> schedule,
                                                List<Period> periods) {
        if (listing == null || schedule.isEmpty()) {
            return Mono.just(Optional.empty());
        }
        Map<LocalDate, Period> byFirstDay = periods.stream()
                .collect(Collectors.toMap(Period::first, Function.identity()));
        return listings.timeline(listing, periods.get(0).first(), periods.get(periods.size() - 1).last())
                .map(timeline -> {
                    List<Stretch> taken = new ArrayList<>();
                    for (ScenarioPlans.PeriodTonnes wanted : schedule) {
                        Period period = byFirstDay.get(wanted.period());
                        if (period == null) {
                            throw new IllegalStateException("a schedule names period " + wanted.period()
                                    + ", which its scenario's plan does not have");
                        }
                        Conflicts.requireRemainingIn(listing, period.first(),
                                timeline.remainingWithin(period.first(), period.last()), wanted.tonnes());
                        taken.addAll(timeline.take(period.first(), period.last(), wanted.tonnes()));
                    }
                    return Optional.of(taken);
                });
    }

    /** Reserves the deal's tonnes on the listing: period by period where it has a schedule, in all otherwise. */
    private Mono<Void> reserve(ListingStock listing, StoredProposal proposal, Optional<List<Stretch>> taken) {
        if (listing == null) {
            return Mono.empty();
        }
        return taken.map(stretches -> listings.reserve(listing, proposal.id(), stretches))
                .orElseGet(() -> listings.reserve(listing, listing.reservationFor(proposal.tonnes())));
    }

    /**
     * Refuses (409) a hub leg the hub has no room for in some period, or, on a leg out of the hub, no stock of its
     * material and class for: the registered stock with what earlier deals brought in and took out by then.
     */
    private static void requireHubRoom(StoredProposal proposal, HubSpace hub, List<HubReservation> atHub) {
        if (hub == null) {
            return;
        }
        hub.shortfall(atHub).ifPresent(shortfall -> {
            throw Conflicts.conflict("detail.proposal.hubRoom", proposal.hubId(),
                    Conflicts.tonnes(shortfall.free()), shortfall.period(), Conflicts.tonnes(shortfall.wanted()));
        });
        hub.stockShortfall(atHub).ifPresent(shortfall -> {
            throw Conflicts.conflict("detail.proposal.hubStock", proposal.hubId(),
                    Conflicts.tonnes(shortfall.free()), proposal.material(),
                    proposal.contaminationClass() == null ? "-" : proposal.contaminationClass(), shortfall.period(),
                    Conflicts.tonnes(shortfall.wanted()));
        });
    }

    /** What a hub leg's deal promises at the hub: each period's tonnes brought in, or taken out of its stock. */
    private static List<HubReservation> hubReservations(StoredProposal proposal,
                                                        List<ScenarioPlans.PeriodTonnes> schedule) {
        if (!proposal.kind().isHubLeg()) {
            return List.of();
        }
        double sign = proposal.kind() == ProposalKind.TO_HUB ? 1 : -1;
        return schedule.stream().map(period -> new HubReservation(period.period(), proposal.material(),
                proposal.contaminationClass(), sign * period.tonnes())).toList();
    }

    private Mono<Void> change(StoredProposal proposal, ProposalState from, ProposalState to, Caller caller,
                              String reason) {
        return proposals.changeState(proposal.id(), to)
                .then(proposals.recordEvent(proposal.id(), from, to, caller.tokenId(), caller.companyId(), reason));
    }

    private static String reason(ProposalState to, Side side, Caller caller) {
        String by = caller.role() != Role.MEMBER ? "the region, for its hub"
                : side == Side.SUPPLIER ? "the supplier" : side == Side.RECEIVER ? "the receiver" : "the owner";
        return (to == ProposalState.DECLINED ? "declined by " : "accepted by ") + by;
    }

    /** What an answer holds while it decides: the listings (either may be null on a hub leg), the hub, the state. */
    private record Locked(Listings.Pair listings, HubSpace hub, ProposalState state) {
    }
}
