package no.sirkel.proposal;

/**
 * What a proposal moves: a supply's masses to a demand ({@code MATCH}), a supply's masses into a storage hub
 * ({@code TO_HUB}: the hub's operator receives), or a hub's stock to a demand ({@code FROM_HUB}: the operator supplies).
 */
enum ProposalKind {
    MATCH, TO_HUB, FROM_HUB;

    boolean isHubLeg() {
        return this != MATCH;
    }
}
