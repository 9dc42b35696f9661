package no.sirkel.scenario;

import java.util.List;

import no.sirkel.optimizer.problem.HubProcess;
import no.sirkel.optimizer.problem.StorageHub;

/**
 * A hub a planner draws on the map for one scenario, in the optimizer format v2's {@code storageHubs} form; the plan
 * opens it where it pays for its opening cost. Units: tonnes, NOK; position in WGS84 degrees.
 *
 * @param id                  the scenario's own id for it
 * @param handlingFeePerTonne NOK per tonne taken in; null is 0, as in the optimizer format
 * @param openingCost         NOK paid once if the plan uses the hub (required; 0 is fine)
 */
record CandidateHub(String id, Double lat, Double lon, List<String> accepts, Integer maxContaminationClass,
                    Double capacityTonnes, Double handlingFeePerTonne, Double openingCost,
                    List<HubProcess> processes) {

    /** The hub as the optimizer takes it; fields the request left out are null here for the validator to name. */
    StorageHub toStorageHub() {
        return new StorageHub(id, lat, lon, accepts, maxContaminationClass,
                capacityTonnes == null ? Double.NaN : capacityTonnes,
                handlingFeePerTonne == null ? 0 : handlingFeePerTonne, openingCost,
                processes == null ? List.of() : processes, List.of());
    }
}
