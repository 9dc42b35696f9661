package no.sirkel.facility;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.sirkel.geo.GeoJsonPoint;
import no.sirkel.geo.GeoPoint;
import no.sirkel.material.Material;
import no.sirkel.web.FieldErrors;

/**
 * A facility as a client sends it to create or replace one; {@link #validated} checks every field against the rules
 * of its type.
 */
record FacilityRequest(String type, String name, GeoJsonPoint location, String municipality,
                              List<String> accepts, List<String> materials, Integer maxContaminationClass,
                              BigDecimal gateFeePerTonne, BigDecimal pricePerTonne, BigDecimal handlingFeePerTonne,
                              Double capacityTonnes) {

    private static final int MAX_NAME_LENGTH = 200;
    private static final int MAX_MUNICIPALITY_LENGTH = 100;
    /** The fee columns are numeric(12, 2). */
    private static final BigDecimal MAX_FEE = new BigDecimal("9999999999.99");

    /**
     * Checks every field and names each one at fault (422).
     *
     * @param catalogue the materials catalogue by code, for {@code accepts} and {@code materials}
     */
    ValidFacility validated(Map<String, Material> catalogue) {
        FieldErrors errors = new FieldErrors();
        FacilityType parsedType = null;
        if (errors.required(type, "type")) {
            parsedType = FacilityType.parse(type).orElse(null);
            errors.check(parsedType != null, "type", "must be one of " + FacilityType.names());
        }
        if (errors.required(name, "name")) {
            errors.check(!name.isBlank() && name.length() <= MAX_NAME_LENGTH, "name",
                    "must be 1 to " + MAX_NAME_LENGTH + " characters");
        }
        GeoPoint point = GeoPoint.read(location, "location", errors::add);
        errors.check(municipality == null || municipality.length() <= MAX_MUNICIPALITY_LENGTH, "municipality",
                "must be at most " + MAX_MUNICIPALITY_LENGTH + " characters");
        checkMaterialCodes(accepts, "accepts", catalogue, errors);
        checkMaterialCodes(materials, "materials", catalogue, errors);
        errors.check(maxContaminationClass == null || (maxContaminationClass >= 1 && maxContaminationClass <= 5),
                "maxContaminationClass", "must be a condition class from 1 to 5");
        checkFee(gateFeePerTonne, "gateFeePerTonne", errors);
        checkFee(pricePerTonne, "pricePerTonne", errors);
        checkFee(handlingFeePerTonne, "handlingFeePerTonne", errors);
        errors.check(capacityTonnes == null || (capacityTonnes > 0 && Double.isFinite(capacityTonnes)),
                "capacityTonnes", "must be > 0");
        if (parsedType != null) {
            checkFieldsOfType(parsedType, errors);
        }
        errors.throwIfAny();
        return new ValidFacility(parsedType, name.trim(), point, blankToNull(municipality), accepts, materials,
                maxContaminationClass, gateFeePerTonne, pricePerTonne, handlingFeePerTonne, capacityTonnes);
    }

    private void checkFieldsOfType(FacilityType facilityType, FieldErrors errors) {
        String forType = "is not for a " + facilityType + " facility";
        switch (facilityType) {
            case DISPOSAL -> {
                errors.check(materials == null, "materials", forType + " (use accepts)");
                errors.required(gateFeePerTonne, "gateFeePerTonne");
                errors.check(pricePerTonne == null, "pricePerTonne", forType + " (use gateFeePerTonne)");
                errors.check(handlingFeePerTonne == null, "handlingFeePerTonne", forType);
                errors.check(capacityTonnes == null, "capacityTonnes", forType);
            }
            case VIRGIN_SOURCE -> {
                errors.check(accepts == null, "accepts", forType + " (use materials)");
                errors.required(materials, "materials");
                errors.check(maxContaminationClass == null, "maxContaminationClass", forType);
                errors.check(gateFeePerTonne == null, "gateFeePerTonne", forType + " (use pricePerTonne)");
                errors.required(pricePerTonne, "pricePerTonne");
                errors.check(handlingFeePerTonne == null, "handlingFeePerTonne", forType);
                errors.check(capacityTonnes == null, "capacityTonnes", forType);
            }
            case STORAGE_HUB -> {
                errors.check(materials == null, "materials", forType + " (use accepts)");
                errors.check(gateFeePerTonne == null, "gateFeePerTonne", forType + " (use handlingFeePerTonne)");
                errors.check(pricePerTonne == null, "pricePerTonne", forType);
            }
        }
    }

    private static void checkMaterialCodes(List<String> codes, String field, Map<String, Material> catalogue,
                                           FieldErrors errors) {
        if (codes == null) {
            return;
        }
        errors.check(!codes.isEmpty(), field, "must name at least one material (leave it out for every material)");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            String element = field + "[" + i + "]";
            if (code == null) {
                errors.add(element, "is required");
            } else if (!catalogue.containsKey(code)) {
                errors.add(element, "is not a material in the catalogue: " + code);
            } else if (!seen.add(code)) {
                errors.add(element, "repeats " + code);
            }
        }
    }

    private static void checkFee(BigDecimal fee, String field, FieldErrors errors) {
        if (fee == null) {
            return;
        }
        errors.check(fee.signum() >= 0, field, "must be ≥ 0 NOK per tonne");
        errors.check(fee.compareTo(MAX_FEE) <= 0, field, "must be at most " + MAX_FEE);
        errors.check(fee.stripTrailingZeros().scale() <= 2, field, "must have at most two decimals (øre)");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
