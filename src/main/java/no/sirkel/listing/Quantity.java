package no.sirkel.listing;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An amount in a unit, as a listing's owner gave it.
 *
 * @param amount how much, in {@code unit}
 * @param unit   {@code t} (tonnes), {@code m3_solid} (pfm³, solid volume in the ground) or {@code m3_loose} (løs m³,
 *               loose volume as loaded)
 */
public record Quantity(@Schema(description = "How much, in `unit` (> 0); for a RECURRING listing per year")
                       Double amount,
                       @Schema(description = "t (tonnes), m3_solid (pfm³, solid volume in the ground) or m3_loose (løs "
                               + "m³, as loaded)", allowableValues = {"t", "m3_solid", "m3_loose"})
                       String unit) {
}
