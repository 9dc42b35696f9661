package no.sirkel.listing;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import no.sirkel.material.Material;
import no.sirkel.material.MaterialCategory;
import no.sirkel.web.FieldErrors;

/**
 * A demand as its owner writes it. Volumes are converted to tonnes with the first accepted material (or
 * {@code densityTonnesPerM3}). {@code maxContaminationClass} applies where an accepted material has condition classes;
 * left out, it is 1 (clean masses only), since a receiver takes contaminated masses only by choice. It must be left
 * out where no accepted material has classes. {@code maxHaulKm} left out means no limit.
 */
@Schema(description = "A demand: material a site needs", example = """
        {
          "siteId": "5c2d7e90-1b3a-4f6e-8d21-7a9e0c4b3f22",
          "accepts": ["CRUSHED_ROCK", "GRAVEL"],
          "maxContaminationClass": 2,
          "quantity": {
            "amount": 8000,
            "unit": "t"
          },
          "kind": "ONE_OFF",
          "neededFrom": "2027-04-01",
          "neededTo": "2027-09-30",
          "maxHaulKm": 40,
          "status": "ACTIVE"
        }""")
public record DemandRequest(@Schema(description = "The site that needs the material") UUID siteId,
                            @Schema(description = "Material codes the demand accepts (1 or more)")
                            List<String> accepts,
                            @Schema(description = "The worst condition class accepted, 1 (clean) to 5")
                            Integer maxContaminationClass,
                            @Schema(description = "How much is needed") Quantity quantity,
                            @Schema(description = ListingDescriptions.REQUEST_DENSITY)
                            Double densityTonnesPerM3,
                            @Schema(description = ListingDescriptions.REQUEST_KIND,
                                    allowableValues = {"ONE_OFF", "RECURRING"})
                            String kind,
                            @Schema(description = ListingDescriptions.NEEDED_FROM) LocalDate neededFrom,
                            @Schema(description = "Last day needed, ISO yyyy-mm-dd (open where left out)")
                            LocalDate neededTo,
                            @Schema(description = "The longest road haul accepted, km (> 0)") Double maxHaulKm,
                            @Schema(description = ListingDescriptions.REQUEST_DESCRIPTION) String description,
                            @Schema(description = ListingDescriptions.REQUEST_STATUS,
                                    allowableValues = {"DRAFT", "ACTIVE", "CLOSED", "MATCHED"})
                            String status)
        implements ListingRequest<DemandRequest.Fields> {

    static final int MAX_ACCEPTS = 50;
    static final double MAX_HAUL_KM = 1000;

    @Override
    public Fields check(Map<String, Material> catalogue, ListingStatus current, FieldErrors errors) {
        errors.required(siteId, "siteId");
        boolean anyKnown = false;
        boolean classesApply = false;
        boolean madeByProcessing = false;
        if (errors.required(accepts, "accepts")) {
            errors.check(!accepts.isEmpty() && accepts.size() <= MAX_ACCEPTS, "accepts",
                    "field.demand.accepts", MAX_ACCEPTS);
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < accepts.size(); i++) {
                String field = "accepts[" + i + "]";
                String code = accepts.get(i);
                if (!errors.required(code, field)) {
                    continue;
                }
                Material material = catalogue.get(code);
                if (material == null) {
                    errors.add(field, "field.notAMaterial");
                    continue;
                }
                errors.check(seen.add(code), field, "field.listedTwice", code);
                anyKnown = true;
                classesApply |= material.contaminationClassApplies();
                madeByProcessing |= MaterialCategory.VIRGIN_PRODUCT.name().equals(material.category());
            }
        }
        Integer maxClass = maxContaminationClass;
        if (anyKnown && !classesApply && madeByProcessing) {
            // a hub's crushing keeps the class of what went in (class-3 rock makes class-3 aggregate); absent: any
            errors.check(ListingTerms.absentOrConditionClass(maxClass), "maxContaminationClass",
                    "field.conditionClass");
        } else if (anyKnown && !classesApply) {
            errors.check(maxClass == null, "maxContaminationClass",
                    "field.demand.classDoesNotApply");
        } else {
            errors.check(ListingTerms.absentOrConditionClass(maxClass), "maxContaminationClass",
                    "field.conditionClass");
            maxClass = maxClass == null ? Integer.valueOf(1) : maxClass;
        }
        errors.check(maxHaulKm == null || Double.isFinite(maxHaulKm) && maxHaulKm > 0 && maxHaulKm <= MAX_HAUL_KM,
                "maxHaulKm", "field.kilometresUpTo", (int) MAX_HAUL_KM);
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
