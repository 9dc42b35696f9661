package no.sirkel.facility;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;

import io.swagger.v3.oas.annotations.media.Schema;
import no.sirkel.geo.Coordinates;
import no.sirkel.geo.Crs;
import no.sirkel.geo.GeoJsonPoint;
import no.sirkel.geo.GeoPoint;
import no.sirkel.material.Material;
import no.sirkel.web.FieldErrors;

/**
 * A facility as a client sends it to create or replace one; {@link #validated} checks every field against the rules
 * of its type.
 */
@Schema(description = "A facility as a client writes it", example = """
        {
          "type": "DISPOSAL",
          "name": "Heggstadmoen deponi",
          "location": {
            "type": "Point",
            "coordinates": [10.2972, 63.3476]
          },
          "municipality": "Trondheim",
          "accepts": ["CLAY", "EXCAVATED_MASS"],
          "maxContaminationClass": 3,
          "gateFeePerTonne": 450
        }""")
record FacilityRequest(@Schema(description = Facility.TYPE_DESCRIPTION,
                               allowableValues = {"DISPOSAL", "VIRGIN_SOURCE", "STORAGE_HUB"})
                       String type,
                       @Schema(description = Facility.NAME_DESCRIPTION) String name,
                       @Schema(description = Facility.LOCATION_DESCRIPTION)
                       GeoJsonPoint location,
                       @Schema(description = Facility.MUNICIPALITY_DESCRIPTION) String municipality,
                       @Schema(description = Facility.ACCEPTS_DESCRIPTION) List<String> accepts,
                       @Schema(description = Facility.MATERIALS_DESCRIPTION) List<String> materials,
                       @Schema(description = Facility.MAX_CLASS_DESCRIPTION)
                       Integer maxContaminationClass,
                       @Schema(description = Facility.GATE_FEE_DESCRIPTION)
                       BigDecimal gateFeePerTonne,
                       @Schema(description = Facility.PRICE_DESCRIPTION)
                       BigDecimal pricePerTonne,
                       @Schema(description = Facility.HANDLING_FEE_DESCRIPTION)
                       BigDecimal handlingFeePerTonne,
                       @Schema(description = Facility.CAPACITY_DESCRIPTION)
                       Double capacityTonnes,
                       @Schema(description = Facility.PROCESSES_DESCRIPTION)
                       List<Facility.Process> processes,
                       @Schema(description = Facility.STOCK_DESCRIPTION)
                       List<Facility.Stock> stock,
                       @Schema(description = Facility.OPERATING_COMPANY_DESCRIPTION)
                       UUID operatingCompany) {

    private static final int MAX_NAME_LENGTH = 200;
    private static final int MAX_MUNICIPALITY_LENGTH = 100;
    /** The fee columns are numeric(12, 2). */
    private static final BigDecimal MAX_FEE = new BigDecimal("9999999999.99");

    /**
     * Checks every field and names each one at fault (422).
     *
     * @param catalogue the materials catalogue by code, for {@code accepts} and {@code materials}
     * @param crs       the CRS {@code location} is written in
     */
    ValidFacility validated(Map<String, Material> catalogue, Coordinates coordinates, Crs crs) {
        FieldErrors errors = new FieldErrors();
        FacilityType parsedType = null;
        if (errors.required(type, "type")) {
            parsedType = FacilityType.parse(type).orElse(null);
            errors.check(parsedType != null, "type", "field.oneOf", FacilityType.names());
        }
        if (errors.required(name, "name")) {
            errors.check(!name.isBlank() && name.length() <= MAX_NAME_LENGTH, "name",
                    "field.oneToCharacters", MAX_NAME_LENGTH);
        }
        GeoPoint point = coordinates.read(location, crs, "location", errors::add);
        errors.check(municipality == null || municipality.length() <= MAX_MUNICIPALITY_LENGTH, "municipality",
                "field.atMostCharacters", MAX_MUNICIPALITY_LENGTH);
        checkMaterialCodes(accepts, "accepts", catalogue, errors);
        checkMaterialCodes(materials, "materials", catalogue, errors);
        errors.check(maxContaminationClass == null || (maxContaminationClass >= 1 && maxContaminationClass <= 5),
                "maxContaminationClass", "field.facility.conditionClass");
        checkFee(gateFeePerTonne, "gateFeePerTonne", errors);
        checkFee(pricePerTonne, "pricePerTonne", errors);
        checkFee(handlingFeePerTonne, "handlingFeePerTonne", errors);
        errors.check(capacityTonnes == null || (capacityTonnes > 0 && Double.isFinite(capacityTonnes)),
                "capacityTonnes", "field.positive");
        checkProcesses(catalogue, errors);
        checkStock(catalogue, errors);
        if (parsedType != null) {
            checkFieldsOfType(parsedType, errors);
        }
        errors.throwIfAny();
        return new ValidFacility(parsedType, name.trim(), point, blankToNull(municipality), accepts, materials,
                maxContaminationClass, gateFeePerTonne, pricePerTonne, handlingFeePerTonne, capacityTonnes,
                processes == null ? List.of() : List.copyOf(processes), stock == null ? List.of() : List.copyOf(stock),
                operatingCompany);
    }

    /** The optimizer's rules (format v2): at most one process per {@code from}, {@code from} ≠ {@code to}, a fee. */
    private void checkProcesses(Map<String, Material> catalogue, FieldErrors errors) {
        Set<String> froms = new HashSet<>();
        forEachGiven(processes, "processes", errors, (process, field) -> {
            checkMaterialCode(process.from(), field + ".from", catalogue, errors);
            checkMaterialCode(process.to(), field + ".to", catalogue, errors);
            errors.check(process.from() == null || !process.from().equals(process.to()), field + ".to",
                    "field.facility.differFrom");
            errors.check(process.from() == null || froms.add(process.from()), field + ".from",
                    "field.facility.processTwice", process.from());
            if (errors.required(process.feePerTonne(), field + ".feePerTonne")) {
                checkFee(process.feePerTonne(), field + ".feePerTonne", errors);
            }
        });
    }

    /** The optimizer's rules (format v2): tonnes > 0, each (material, class) once, together at most the capacity. */
    private void checkStock(Map<String, Material> catalogue, FieldErrors errors) {
        Set<String> seen = new HashSet<>();
        forEachGiven(stock, "stock", errors, (lot, field) -> {
            checkMaterialCode(lot.material(), field + ".material", catalogue, errors);
            Integer condition = lot.contaminationClass();
            errors.check(condition == null || (condition >= 1 && condition <= 5), field + ".contaminationClass",
                    "field.facility.conditionClass");
            errors.check(lot.tonnes() > 0 && Double.isFinite(lot.tonnes()), field + ".tonnes", "field.positive");
            errors.check(seen.add(lot.material() + "/" + condition), field,
                    "field.facility.lotTwice", lot.material(), condition);
        });
        double total = stock == null ? 0 : stock.stream().filter(Objects::nonNull)
                .mapToDouble(Facility.Stock::tonnes).sum();
        errors.check(capacityTonnes == null || total <= capacityTonnes, "stock",
                "field.facility.overCapacity", total);
    }

    /** Checks each element of an optional list, naming it {@code list[i]}; a null element is refused as required. */
    private static <T> void forEachGiven(List<T> items, String list, FieldErrors errors,
                                         BiConsumer<T, String> check) {
        if (items == null) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            if (errors.required(items.get(i), list + "[" + i + "]")) {
                check.accept(items.get(i), list + "[" + i + "]");
            }
        }
    }

    private static void checkMaterialCode(String code, String field, Map<String, Material> catalogue,
                                          FieldErrors errors) {
        if (errors.required(code, field)) {
            errors.check(catalogue.containsKey(code), field, "field.notAMaterialCode", code);
        }
    }

    private void checkFieldsOfType(FacilityType facilityType, FieldErrors errors) {
        switch (facilityType) {
            case DISPOSAL -> {
                errors.check(materials == null, "materials", "field.facility.notForTypeUse", facilityType, "accepts");
                errors.required(gateFeePerTonne, "gateFeePerTonne");
                errors.check(pricePerTonne == null, "pricePerTonne",
                        "field.facility.notForTypeUse", facilityType, "gateFeePerTonne");
                errors.check(handlingFeePerTonne == null, "handlingFeePerTonne",
                        "field.facility.notForType", facilityType);
                checkHubOnlyFields(facilityType, errors);
            }
            case VIRGIN_SOURCE -> {
                errors.check(accepts == null, "accepts", "field.facility.notForTypeUse", facilityType, "materials");
                errors.required(materials, "materials");
                errors.check(maxContaminationClass == null, "maxContaminationClass",
                        "field.facility.notForType", facilityType);
                errors.check(gateFeePerTonne == null, "gateFeePerTonne",
                        "field.facility.notForTypeUse", facilityType, "pricePerTonne");
                errors.required(pricePerTonne, "pricePerTonne");
                errors.check(handlingFeePerTonne == null, "handlingFeePerTonne",
                        "field.facility.notForType", facilityType);
                checkHubOnlyFields(facilityType, errors);
            }
            case STORAGE_HUB -> {
                errors.check(materials == null, "materials", "field.facility.notForTypeUse", facilityType, "accepts");
                errors.check(gateFeePerTonne == null, "gateFeePerTonne",
                        "field.facility.notForTypeUse", facilityType, "handlingFeePerTonne");
                errors.check(pricePerTonne == null, "pricePerTonne", "field.facility.notForType", facilityType);
                errors.required(capacityTonnes, "capacityTonnes");
            }
        }
    }

    private void checkHubOnlyFields(FacilityType facilityType, FieldErrors errors) {
        errors.check(processes == null || processes.isEmpty(), "processes", "field.facility.notForType", facilityType);
        errors.check(stock == null || stock.isEmpty(), "stock", "field.facility.notForType", facilityType);
        errors.check(operatingCompany == null, "operatingCompany", "field.facility.notForType", facilityType);
    }

    private static void checkMaterialCodes(List<String> codes, String field, Map<String, Material> catalogue,
                                           FieldErrors errors) {
        if (codes == null) {
            return;
        }
        errors.check(!codes.isEmpty(), field, "field.facility.noMaterials");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            String element = field + "[" + i + "]";
            if (code == null) {
                errors.add(element, "field.required");
            } else if (!catalogue.containsKey(code)) {
                errors.add(element, "field.notAMaterialCode", code);
            } else if (!seen.add(code)) {
                errors.add(element, "field.repeats", code);
            }
        }
    }

    private static void checkFee(BigDecimal fee, String field, FieldErrors errors) {
        if (fee == null) {
            return;
        }
        errors.check(fee.signum() >= 0, field, "field.facility.fee");
        errors.check(fee.compareTo(MAX_FEE) <= 0, field, "field.atMost", MAX_FEE);
        errors.check(fee.stripTrailingZeros().scale() <= 2, field, "field.facility.ore");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
