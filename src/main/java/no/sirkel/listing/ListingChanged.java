package no.sirkel.listing;

import java.util.UUID;

/**
 * A listing's terms or status changed: its owner edited or closed it, or a deal used it up ({@code MATCHED}).
 * Announced inside the transaction that made the change, after the listing's row was written (and so locked).
 */
public record ListingChanged(UUID listingId) {
}
