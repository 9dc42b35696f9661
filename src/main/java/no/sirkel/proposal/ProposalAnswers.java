package no.sirkel.proposal;

import java.util.UUID;
import java.util.function.BiFunction;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import no.sirkel.listing.ListingStock;
import no.sirkel.listing.Listings;
import no.sirkel.security.Caller;
import no.sirkel.security.Role;
import no.sirkel.web.ApiException;
import reactor.core.publisher.Mono;

/**
 * The two sides' answers to a proposal: accept or decline. When both sides have accepted, the proposal becomes a deal
 * and its tonnes are reserved on both listings, all in one transaction.
 *
 * <p>Locks are always taken in one order: the supply row, then the demand row, then the proposal row. It is the order
 * a listing change stales proposals in too (the listing's row, then its undecided proposals, see
 * {@link ProposalStaling}), so a deal that marks a listing {@code MATCHED} can never wait for a proposal held by a
 * transaction that waits for that listing: every transaction holding a proposal lock already holds its listings.
 * (Locking the proposal first deadlocks: two receivers accepting rival proposals for a supply that fits one each hold
 * their proposal and wait for the supply, and the winner's staling then waits for the loser's proposal.) With the listings locked, the remaining tonnes read are those the
 * reservation then adds to, so two deals can never both take the same tonnes; with the proposal locked, two answers
 * to one proposal cannot both start from the same state (the second sees the first's result).
 */
@Service
class ProposalAnswers {

    private final ProposalRepository proposals;
    private final Proposals withListings;
    private final Listings listings;
    private final TransactionalOperator transaction;

    ProposalAnswers(ProposalRepository proposals, Proposals withListings, Listings listings,
                    TransactionalOperator transaction) {
        this.proposals = proposals;
        this.withListings = withListings;
        this.listings = listings;
        this.transaction = transaction;
    }

    Mono<ProposalRow> accept(UUID id, Caller caller) {
        return answer(id, caller, ProposalState::acceptedBy);
    }

    Mono<ProposalRow> decline(UUID id, Caller caller) {
        return answer(id, caller, (from, side) -> from.declined());
    }

    /** Members of either side answer; a member of neither learns nothing (404), planners and admins may not (403). */
    private Mono<ProposalRow> answer(UUID id, Caller caller, BiFunction<ProposalState, Side, ProposalState> answer) {
        caller.requireRole(Role.MEMBER);
        return proposals.findById(id)
                .filter(proposal -> proposal.sideOf(caller.companyId()) != null)
                .switchIfEmpty(Mono.error(ApiException.notFound("proposal", id)))
                .flatMap(proposal -> transaction.transactional(answerLocked(proposal, caller, answer)))
                .then(withListings.findById(id));
    }

    private Mono<Void> answerLocked(StoredProposal proposal, Caller caller,
                                    BiFunction<ProposalState, Side, ProposalState> answer) {
        Side side = proposal.sideOf(caller.companyId());
        return listings.lockForDeal(proposal.supply().listingId(), proposal.demand().listingId())
                .zipWhen(locked -> proposals.lockState(proposal.id()))
                .flatMap(locked -> {
                    ProposalState from = locked.getT2();
                    ProposalState to = answer.apply(from, side);
                    if (to == from) {
                        return Mono.empty();
                    }
                    return to == ProposalState.DEAL
                            ? makeDeal(proposal, from, locked.getT1(), caller)
                            : change(proposal, from, to, caller, reason(to, side));
                });
    }

    /**
     * Makes the proposal a deal and reserves its tonnes on both listings, or refuses (409) with nothing changed where
     * either listing no longer has them. The proposal becomes {@code DEAL} before the listings change, so that when a
     * listing turns {@code MATCHED} its change stales only the listing's other undecided proposals, not this one.
     */
    private Mono<Void> makeDeal(StoredProposal proposal, ProposalState from, Listings.Pair pair, Caller caller) {
        ListingStock supply = pair.supply();
        ListingStock demand = pair.demand();
        Conflicts.requireRemaining(supply, proposal.tonnes());
        Conflicts.requireRemaining(demand, proposal.tonnes());
        return change(proposal, from, ProposalState.DEAL, caller,
                "both sides accepted; " + Conflicts.tonnes(proposal.tonnes()) + " t reserved")
                .then(listings.reserve(supply, supply.reservationFor(proposal.tonnes())))
                .then(listings.reserve(demand, demand.reservationFor(proposal.tonnes())));
    }

    private Mono<Void> change(StoredProposal proposal, ProposalState from, ProposalState to, Caller caller,
                              String reason) {
        return proposals.changeState(proposal.id(), to)
                .then(proposals.recordEvent(proposal.id(), from, to, caller.tokenId(), caller.companyId(), reason));
    }

    private static String reason(ProposalState to, Side side) {
        String by = side == Side.SUPPLIER ? "the supplier" : side == Side.RECEIVER ? "the receiver" : "the owner";
        return (to == ProposalState.DECLINED ? "declined by " : "accepted by ") + by;
    }
}
