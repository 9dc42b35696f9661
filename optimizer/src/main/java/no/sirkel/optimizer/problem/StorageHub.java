package no.sirkel.optimizer.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * An intermediate storage site (mellomlager) of a version 2 problem: it holds material from one period to a later
 * one, per material and contamination class, and may process material on the way in.
 *
 * @param id                    unique across every id of the problem
 * @param lat                   WGS84 latitude in degrees, or null where routes give every needed distance
 * @param lon                   WGS84 longitude in degrees, or null together with {@code lat}
 * @param accepts               material codes taken in (non-empty), or null for every material
 * @param maxContaminationClass highest contamination class taken in, 1..5, or null (no limit)
 * @param capacityTonnes        the most the hub may hold at the end of any period, all materials together (> 0)
 * @param handlingFeePerTonne   NOK per tonne taken in (≥ 0)
 * @param openingCost           null where the hub exists; else NOK paid once if the plan uses this candidate hub (≥ 0)
 * @param processes             at most one per {@code from} material (an empty list where none)
 * @param initialStock          what lies at the hub when the horizon begins, together ≤ capacity; empty on a
 *                              candidate hub
 */
public record StorageHub(String id, Double lat, Double lon, List<String> accepts, Integer maxContaminationClass,
                         double capacityTonnes, double handlingFeePerTonne, Double openingCost,
                         List<HubProcess> processes, List<HubStock> initialStock) {

    /** Whether the plan decides to open this hub, paying {@link #openingCost()}. */
    @JsonIgnore
    public boolean isCandidate() {
        return openingCost != null;
    }
}
