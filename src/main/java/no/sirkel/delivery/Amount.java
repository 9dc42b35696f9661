package no.sirkel.delivery;

/**
 * An amount as a client gave it, in tonnes or in the supply listing's own unit.
 *
 * @param amount how much, in {@code unit}
 * @param unit   {@code t}, {@code m3_solid} (pfm³) or {@code m3_loose} (løs m³)
 */
record Amount(Double amount, String unit) {
}
