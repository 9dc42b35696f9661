package no.sirkel.listing;

/**
 * How a listing's quantity is meant: {@code ONE_OFF}, the whole quantity once; {@code RECURRING}, the quantity per
 * year, spread over the listing's window.
 */
public enum ListingKind {
    ONE_OFF, RECURRING
}
