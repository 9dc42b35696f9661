package no.sirkel.optimizer.problem;

import java.util.List;

/**
 * A landfill or deposit that takes supply no demand uses.
 *
 * @param id                    unique across supplies, demands, disposal sites and virgin sources
 * @param lat                   WGS84 latitude in degrees, or null where routes give every needed distance
 * @param lon                   WGS84 longitude in degrees, or null together with {@code lat}
 * @param accepts               material codes taken (non-empty), or null for every material
 * @param maxContaminationClass highest contamination class taken, 1..5, or null (no limit)
 * @param gateFeePerTonne       NOK per tonne delivered (≥ 0)
 * @param capacityTonnes        version 2 only: the most the site takes over the whole horizon (> 0), or null (no limit)
 */
public record DisposalSite(String id, Double lat, Double lon, List<String> accepts, Integer maxContaminationClass,
                           double gateFeePerTonne, Double capacityTonnes) {

    /** A site without a capacity, as in version 1. */
    public DisposalSite(String id, Double lat, Double lon, List<String> accepts, Integer maxContaminationClass,
                        double gateFeePerTonne) {
        this(id, lat, lon, accepts, maxContaminationClass, gateFeePerTonne, null);
    }
}
