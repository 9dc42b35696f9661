package no.sirkel.proposal;

import java.util.UUID;

import no.sirkel.listing.Listings;

/**
 * One side of a proposal: the listing (a supply or a demand) as the listing feature describes it, or null for the
 * hub's side of a hub leg, and the side's company (null for a hub the region runs).
 */
record ListingParty(UUID listingId, UUID companyId, String companyName, String contactEmail,
                    Listings.Summary listing) {

    static ListingParty of(StoredProposal.Party party, Listings.Summary listing) {
        return new ListingParty(party.listingId(), party.companyId(), party.companyName(), party.contactEmail(),
                listing);
    }
}
