package no.sirkel.proposal;

import java.util.Arrays;

import no.sirkel.web.ApiException;

/**
 * Where a proposal stands. {@code OPEN} and the two half-accepted states are undecided; {@code DEAL}, {@code DECLINED},
 * {@code STALE} and {@code SUPERSEDED} are final. The transitions the two sides may cause live here; the two others
 * come from outside: undecided → {@code STALE} when a listing changes ({@link ProposalStaling}), and undecided →
 * {@code SUPERSEDED} when a later publication offers the same listing again ({@link ProposalPublisher}).
 */
enum ProposalState {
    OPEN, ACCEPTED_BY_SUPPLIER, ACCEPTED_BY_RECEIVER, DEAL, DECLINED, STALE, SUPERSEDED;

    boolean isUndecided() {
        return this == OPEN || this == ACCEPTED_BY_SUPPLIER || this == ACCEPTED_BY_RECEIVER;
    }

    /**
     * The state after the side accepts: half-accepted, or a deal once both sides (or a company owning both) have.
     * Accepting again what the side already accepted changes nothing. Refuses (409) a proposal that is no longer
     * undecided.
     */
    ProposalState acceptedBy(Side side) {
        requireUndecided("detail.proposal.noLongerAccepted");
        if (side == Side.BOTH) {
            return DEAL;
        }
        ProposalState own = side == Side.SUPPLIER ? ACCEPTED_BY_SUPPLIER : ACCEPTED_BY_RECEIVER;
        return this == OPEN || this == own ? own : DEAL;
    }

    /** Either side may decline while the proposal is undecided, even after accepting it; refuses (409) otherwise. */
    ProposalState declined() {
        requireUndecided("detail.proposal.noLongerDeclined");
        return DECLINED;
    }

    private void requireUndecided(String refusal) {
        if (!isUndecided()) {
            throw Conflicts.conflict(refusal, this);
        }
    }

    /** Parses a {@code state} query parameter; 400 naming the allowed values where it is none of them. */
    static ProposalState parse(String parameter, String value) {
        return Arrays.stream(values()).filter(state -> state.name().equals(value)).findFirst()
                .orElseThrow(() -> ApiException.badRequest(parameter, "field.oneOf", Arrays.toString(values())));
    }
}
