package no.sirkel.indicator;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.UUID;

import no.sirkel.facility.Facility;
import no.sirkel.optimizer.problem.Parameters;
import no.sirkel.optimizer.rules.GreatCircle;
import no.sirkel.proposal.Deal;

/**
 * The road km each deal's tonnes would have taken without it: from the supplying site to the nearest active landfill
 * that takes the material and class, plus from the nearest active quarry that sells the material to the receiving
 * site. Road km are great-circle km (WGS84 positions) times the service's road factor. A leg with no such facility
 * registered counts 0 km, so the baseline never overstates the saving.
 */
final class Baseline {

    private Baseline() {
    }

    static Map<UUID, Double> km(List<Deal> deals, List<Facility> landfills, List<Facility> quarries) {
        Map<UUID, Double> km = new HashMap<>();
        for (Deal deal : deals) {
            double toLandfill = nearest(deal.supplier(), landfills.stream()
                    .filter(landfill -> landfill.accepts() == null || landfill.accepts().contains(deal.material()))
                    .filter(landfill -> landfill.maxContaminationClass() == null || deal.contaminationClass() == null
                            || deal.contaminationClass() <= landfill.maxContaminationClass())
                    .toList()).orElse(0);
            double fromQuarry = nearest(deal.receiver(), quarries.stream()
                    .filter(quarry -> quarry.materials() != null && quarry.materials().contains(deal.material()))
                    .toList()).orElse(0);
            km.put(deal.proposalId(), toLandfill + fromQuarry);
        }
        return km;
    }

    private static OptionalDouble nearest(Deal.Party party, List<Facility> facilities) {
        return facilities.stream().mapToDouble(facility -> GreatCircle.km(party.lat(), party.lon(),
                facility.location().coordinates().get(1), facility.location().coordinates().get(0))
                * Parameters.DEFAULT_ROAD_FACTOR).min();
    }
}
