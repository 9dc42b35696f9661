package no.sirkel.listing;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import no.sirkel.material.Material;
import no.sirkel.web.FieldErrors;

/**
 * A supply as its owner writes it. {@code contaminationClass} is required for materials the condition classes apply
 * to (excavated masses, concrete, ...) and must be left out for the others (slag, ashes, wood, ...). {@code status}
 * defaults to ACTIVE for a new supply and to the current status on an update.
 */
record SupplyRequest(UUID siteId, String material, Integer contaminationClass, Quantity quantity,
                     Double densityTonnesPerM3, String kind, LocalDate availableFrom, LocalDate availableTo,
                     String description, String status) implements ListingRequest<SupplyRequest.Fields> {

    @Override
    public Fields check(Map<String, Material> catalogue, ListingStatus current, FieldErrors errors) {
        errors.required(siteId, "siteId");
        Material known = null;
        if (errors.required(material, "material")) {
            known = catalogue.get(material);
            errors.check(known != null, "material", "is not in the materials catalogue");
        }
        if (known != null && !known.contaminationClassApplies()) {
            errors.check(contaminationClass == null, "contaminationClass",
                    "does not apply to " + known.code() + ": leave it out");
        } else if (known == null || errors.required(contaminationClass, "contaminationClass")) {
            errors.check(ListingTerms.absentOrConditionClass(contaminationClass), "contaminationClass",
                    "must be a condition class from 1 (clean) to 5");
        }
        ListingTerms terms = ListingTerms.read(quantity, densityTonnesPerM3, known, kind,
                availableFrom, "availableFrom", availableTo, "availableTo", description,
                ListingTerms.status(status, current, errors), errors);
        return !errors.isEmpty() ? null : new Fields(siteId, material, contaminationClass, terms);
    }

    /** A supply's validated fields. */
    record Fields(UUID siteId, String material, Integer contaminationClass, ListingTerms terms)
            implements ListingFields {
    }
}
