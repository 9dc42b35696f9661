package no.sirkel.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

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
public record OutsideDelivery(UUID id, UUID companyId, UUID siteId, LocalDate date, String material,
                              Integer contaminationClass, double tonnes, Destination destination, String receiver,
                              Double km, int truckTrips, String ticket, UUID recordedBy, Instant recordedAt) {
}
