package no.sirkel.company;

import java.time.OffsetDateTime;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/** A firm on the marketplace, identified in Norway by its organisation number. */
record Company(@Schema(description = "The company's id") UUID id,
               @Schema(description = "The company's name") String name,
               @Schema(description = "Norwegian organisation number, 9 digits (mod-11 checked)") String orgNumber,
               @Schema(description = "Where the company is reached") String contactEmail,
               @Schema(description = "When the company was registered (ISO 8601 with offset)")
               OffsetDateTime createdAt) {
}
