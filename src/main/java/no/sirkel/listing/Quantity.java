package no.sirkel.listing;

/**
 * An amount in a unit, as a listing's owner gave it.
 *
 * @param amount how much, in {@code unit}
 * @param unit   {@code t} (tonnes), {@code m3_solid} (pfm³, solid volume in the ground) or {@code m3_loose} (løs m³,
 *               loose volume as loaded)
 */
record Quantity(Double amount, String unit) {
}
