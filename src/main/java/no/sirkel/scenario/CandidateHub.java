package no.sirkel.scenario;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import no.sirkel.optimizer.problem.HubProcess;
import no.sirkel.optimizer.problem.StorageHub;

/**
 * A hub a planner draws on the map for one scenario, in the optimizer format v2's {@code storageHubs} form; the plan
 * opens it where it pays for its opening cost. Units: tonnes, NOK; position in WGS84 degrees.
 *
 * @param id                  the scenario's own id for it
 * @param name                the name the planner sees, 1 to 200 characters; the id stands for it where left out
 * @param handlingFeePerTonne NOK per tonne taken in; null is 0, as in the optimizer format
 * @param openingCost         NOK paid once if the plan uses the hub (required; 0 is fine)
 */
@Schema(description = "A hub that could be opened for this scenario (optimizer format v2's storageHubs form)")
record CandidateHub(@Schema(description = "The scenario's own id for it") String id,
                    @Schema(description = "The name the planner sees, 1 to 200 characters; the id where left out")
                    String name,
                    @Schema(description = "Latitude, WGS84 degrees (required)") Double lat,
                    @Schema(description = "Longitude, WGS84 degrees (required)") Double lon,
                    @Schema(description = "The material codes it takes; every material where left out")
                    List<String> accepts,
                    @Schema(description = "The highest condition class (1 to 5) it takes; any where left out")
                    Integer maxContaminationClass,
                    @Schema(description = "The most it may hold at the end of a period, t (required)")
                    Double capacityTonnes,
                    @Schema(description = "NOK per tonne taken in; 0 where left out") Double handlingFeePerTonne,
                    @Schema(description = "NOK paid once if the plan uses the hub (required; 0 is fine)")
                    Double openingCost,
                    @Schema(description = "Processing on the way in, such as crushing blasted rock into aggregate")
                    List<HubProcess> processes) {

    /** The hub as the optimizer takes it; fields the request left out are null here for the validator to name. */
    StorageHub toStorageHub() {
        return new StorageHub(id, lat, lon, accepts, maxContaminationClass,
                capacityTonnes == null ? Double.NaN : capacityTonnes,
                handlingFeePerTonne == null ? 0 : handlingFeePerTonne, openingCost,
                processes == null ? List.of() : processes, List.of());
    }
}
