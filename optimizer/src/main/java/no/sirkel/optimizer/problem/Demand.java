package no.sirkel.optimizer.problem;

import java.time.LocalDate;
import java.util.List;

/**
 * A need for material at one place.
 *
 * @param id                    unique across supplies, demands, disposal sites and virgin sources
 * @param lat                   WGS84 latitude in degrees, or null where routes give every needed distance
 * @param lon                   WGS84 longitude in degrees, or null together with {@code lat}
 * @param accepts               material codes this demand can use (non-empty)
 * @param maxContaminationClass highest contamination class accepted, 1..5, or null (no limit)
 * @param tonnes                tonnes needed (> 0)
 * @param neededFrom            first day material can arrive, or null (open)
 * @param neededTo              last day material can arrive, or null (open)
 * @param maxHaulKm             longest road haul this demand accepts in km (> 0), or null (no limit)
 */
public record Demand(String id, Double lat, Double lon, List<String> accepts, Integer maxContaminationClass,
                     double tonnes, LocalDate neededFrom, LocalDate neededTo, Double maxHaulKm) {
}
