package no.sirkel.optimizer.problem;

import java.time.LocalDate;

/**
 * Surplus material at one place.
 *
 * @param id                 unique across supplies, demands, disposal sites and virgin sources
 * @param lat                WGS84 latitude in degrees, or null where routes give every needed distance
 * @param lon                WGS84 longitude in degrees, or null together with {@code lat}
 * @param material           material code
 * @param contaminationClass 1..5, or null (not applicable, counts as clean)
 * @param tonnes             tonnes available (> 0)
 * @param availableFrom      first day the material can leave, or null (open)
 * @param availableTo        last day the material can leave, or null (open)
 */
public record Supply(String id, Double lat, Double lon, String material, Integer contaminationClass, double tonnes,
                     LocalDate availableFrom, LocalDate availableTo) {
}
