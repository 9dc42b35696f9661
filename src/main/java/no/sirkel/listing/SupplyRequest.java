package no.sirkel.listing;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import no.sirkel.material.Material;
import no.sirkel.web.FieldErrors;

/**
 * A supply as its owner writes it. {@code contaminationClass} is required for materials the condition classes apply
 * to (excavated masses, concrete, ...) and must be left out for the others (slag, ashes, wood, ...). {@code status}
 * defaults to ACTIVE for a new supply and to the current status on an update.
 */
@Schema(description = "A supply: material on offer at a site", example = """
        {
          "siteId": "0b6f3c1e-5a0d-4d8e-9a57-1f0c2b7e4d10",
          "material": "CLAY",
          "contaminationClass": 1,
          "quantity": {
            "amount": 12000,
            "unit": "m3_solid"
          },
          "kind": "ONE_OFF",
          "availableFrom": "2027-03-01",
          "availableTo": "2027-06-30",
          "description": "Blue clay from the foundation pit",
          "status": "ACTIVE"
        }""")
public record SupplyRequest(@Schema(description = "The site where the material is") UUID siteId,
                            @Schema(description = "The material's code in the catalogue") String material,
                            @Schema(description = "Condition class 1 (clean) to 5; required where the material's "
                                    + "classes apply, refused where not")
                            Integer contaminationClass,
                            @Schema(description = "How much is offered") Quantity quantity,
                            @Schema(description = ListingDescriptions.REQUEST_DENSITY)
                            Double densityTonnesPerM3,
                            @Schema(description = ListingDescriptions.REQUEST_KIND,
                                    allowableValues = {"ONE_OFF", "RECURRING"})
                            String kind,
                            @Schema(description = ListingDescriptions.AVAILABLE_FROM) LocalDate availableFrom,
                            @Schema(description = "Last day available, ISO yyyy-mm-dd (open where left out)")
                            LocalDate availableTo,
                            @Schema(description = ListingDescriptions.REQUEST_DESCRIPTION) String description,
                            @Schema(description = ListingDescriptions.REQUEST_STATUS,
                                    allowableValues = {"DRAFT", "ACTIVE", "CLOSED", "MATCHED"})
                            String status) implements ListingRequest<SupplyRequest.Fields> {

    @Override
    public Fields check(Map<String, Material> catalogue, ListingStatus current, FieldErrors errors) {
        errors.required(siteId, "siteId");
        Material known = null;
        if (errors.required(material, "material")) {
            known = catalogue.get(material);
            errors.check(known != null, "material", "field.notAMaterial");
        }
        if (known != null && !known.contaminationClassApplies()) {
            errors.check(contaminationClass == null, "contaminationClass",
                    "field.listing.classDoesNotApply", known.code());
        } else if (known == null || errors.required(contaminationClass, "contaminationClass")) {
            errors.check(ListingTerms.absentOrConditionClass(contaminationClass), "contaminationClass",
                    "field.conditionClass");
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
