package no.sirkel.listing;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import no.sirkel.material.Material;
import no.sirkel.web.FieldErrors;

/**
 * A demand as its owner writes it. Volumes are converted to tonnes with the first accepted material (or
 * {@code densityTonnesPerM3}). {@code maxContaminationClass} applies where an accepted material has condition classes;
 * left out, it is 1 (clean masses only), since a receiver takes contaminated masses only by choice. It must be left
 * out where no accepted material has classes. {@code maxHaulKm} left out means no limit.
 */
record DemandRequest(UUID siteId, List<String> accepts, Integer maxContaminationClass, Quantity quantity,
                     Double densityTonnesPerM3, String kind, LocalDate neededFrom, LocalDate neededTo,
                     Double maxHaulKm, String description, String status)
        implements ListingRequest<DemandRequest.Fields> {

    static final int MAX_ACCEPTS = 50;
    static final double MAX_HAUL_KM = 1000;

    @Override
    public Fields check(Map<String, Material> catalogue, ListingStatus current, FieldErrors errors) {
        errors.required(siteId, "siteId");
        boolean anyKnown = false;
        boolean classesApply = false;
        if (errors.required(accepts, "accepts")) {
            errors.check(!accepts.isEmpty() && accepts.size() <= MAX_ACCEPTS, "accepts",
                    "must list 1 to " + MAX_ACCEPTS + " material codes");
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < accepts.size(); i++) {
                String field = "accepts[" + i + "]";
                String code = accepts.get(i);
                if (!errors.required(code, field)) {
                    continue;
                }
                Material material = catalogue.get(code);
                if (material == null) {
                    errors.add(field, "is not in the materials catalogue");
                    continue;
                }
                errors.check(seen.add(code), field, code + " is listed twice");
                anyKnown = true;
                classesApply |= material.contaminationClassApplies();
            }
        }
        Integer maxClass = maxContaminationClass;
        if (anyKnown && !classesApply) {
            errors.check(maxClass == null, "maxContaminationClass",
                    "does not apply: no accepted material has condition classes");
        } else {
            errors.check(ListingTerms.absentOrConditionClass(maxClass), "maxContaminationClass",
                    "must be a condition class from 1 (clean) to 5");
            maxClass = maxClass == null ? Integer.valueOf(1) : maxClass;
        }
        errors.check(maxHaulKm == null || Double.isFinite(maxHaulKm) && maxHaulKm > 0 && maxHaulKm <= MAX_HAUL_KM,
                "maxHaulKm", "must be more than 0 and at most " + (int) MAX_HAUL_KM + " km");
        Material first = accepts == null || accepts.isEmpty() || accepts.get(0) == null ? null
                : catalogue.get(accepts.get(0));
        ListingTerms terms = ListingTerms.read(quantity, densityTonnesPerM3, first, kind,
                neededFrom, "neededFrom", neededTo, "neededTo", description,
                ListingTerms.status(status, current, errors), errors);
        return !errors.isEmpty() ? null : new Fields(siteId, List.copyOf(accepts), maxClass, maxHaulKm, terms);
    }

    /** A demand's validated fields. */
    record Fields(UUID siteId, List<String> accepts, Integer maxContaminationClass, Double maxHaulKm,
                  ListingTerms terms) implements ListingFields {
    }
}
