package no.sirkel.delivery;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An amount as a client gave it, in tonnes or in the supply listing's own unit.
 *
 * @param amount how much, in {@code unit}
 * @param unit   {@code t}, {@code m3_solid} (pfm³) or {@code m3_loose} (løs m³)
 */
record Amount(@Schema(description = "How much, in unit") Double amount,
              @Schema(description = "t, m3_solid (pfm³) or m3_loose (løs m³)",
                      allowableValues = {"t", "m3_solid", "m3_loose"})
              String unit) {
}
