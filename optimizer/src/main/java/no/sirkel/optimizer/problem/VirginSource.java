package no.sirkel.optimizer.problem;

import java.util.List;

/**
 * A quarry or pit selling new material to demands no supply serves.
 *
 * @param id            unique across supplies, demands, disposal sites and virgin sources
 * @param lat           WGS84 latitude in degrees, or null where routes give every needed distance
 * @param lon           WGS84 longitude in degrees, or null together with {@code lat}
 * @param materials     material codes sold (non-empty)
 * @param pricePerTonne  NOK per tonne bought (≥ 0)
 * @param capacityTonnes version 2 only: the most the source sells over the whole horizon (> 0), or null (no limit)
 */
public record VirginSource(String id, Double lat, Double lon, List<String> materials, double pricePerTonne,
                           Double capacityTonnes) {

    /** A source without a capacity, as in version 1. */
    public VirginSource(String id, Double lat, Double lon, List<String> materials, double pricePerTonne) {
        this(id, lat, lon, materials, pricePerTonne, null);
    }
}
