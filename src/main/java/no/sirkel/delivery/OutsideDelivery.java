package no.sirkel.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Masses a company moved from one of its sites outside Sirkel.
 *
 * @param contaminationClass condition class 1..5, or null where classes do not apply
 * @param tonnes             tonnes moved
 * @param receiver           the landfill's (or other receiver's) name, or null
 * @param km                 road km driven, or null where not known
 * @param truckTrips         truck loads it took
 * @param recordedBy         the token that recorded it
 */
public record OutsideDelivery(@Schema(description = "The record's id") UUID id,
                              @Schema(description = "The company whose site the masses left") UUID companyId,
                              @Schema(description = "The site the masses left") UUID siteId,
                              @Schema(description = "The day they left, ISO yyyy-mm-dd") LocalDate date,
                              @Schema(description = "The material's code") String material,
                              @Schema(description = "Condition class 1 to 5, or null where classes do not apply")
                              Integer contaminationClass,
                              @Schema(description = "Tonnes moved") double tonnes,
                              @Schema(description = "LANDFILL or OWN_REUSE") Destination destination,
                              @Schema(description = "The landfill's (or other receiver's) name, or null")
                              String receiver,
                              @Schema(description = "Road km driven, or null where not known") Double km,
                              @Schema(description = "Truck loads it took") int truckTrips,
                              @Schema(description = "Weighbridge ticket number, or null") String ticket,
                              @Schema(description = "The id of the token that recorded it") UUID recordedBy,
                              @Schema(description = "When it was recorded (ISO 8601 UTC)") Instant recordedAt) {
}
