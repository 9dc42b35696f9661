package no.sirkel.listing;

import java.util.UUID;

/** A listing's validated, owner-editable fields: what an insert or an update writes. */
interface ListingFields {

    UUID siteId();

    ListingTerms terms();
}
