package no.sirkel.listing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

import no.sirkel.material.Material;
import no.sirkel.material.QuantityUnit;
import no.sirkel.web.FieldErrors;

/**
 * What supplies and demands have in common once validated: the quantity as given and in tonnes, kind, time window,
 * description and status.
 *
 * @param quantity           amount (rounded to 3 decimals, as stored) and unit code
 * @param densityTonnesPerM3 the listing's own density, tonnes per m³ of the quantity's unit, or null for the
 *                           material's typical values
 * @param tonnes             the quantity in tonnes
 * @param kind               one-off or recurring (then the quantity is per year)
 * @param from               first day of the window, or null for open
 * @param to                 last day of the window, or null for open
 * @param description        free text, never null
 * @param status             the status the listing is to have
 */
record ListingTerms(Quantity quantity, Double densityTonnesPerM3, double tonnes, ListingKind kind, LocalDate from,
                    LocalDate to, String description, ListingStatus status) {

    /** More than this is a typing error: the whole Trondheim region moves about 3 million tonnes a year. */
    static final double MAX_TONNES = 50_000_000;
    static final double MIN_DENSITY = 0.001;
    static final double MAX_DENSITY = 10;
    static final int MAX_DESCRIPTION = 4000;

    /**
     * Validates the common fields, recording every problem in {@code errors}.
     *
     * @param material the material whose density and swell factor convert volumes to tonnes; null where the request
     *                 names none that is known (then the conversion is not checked: the material is already wrong)
     * @param fromField the request's name of the window start, e.g. {@code availableFrom}
     * @param toField   the request's name of the window end, e.g. {@code availableTo}
     * @return the terms, or null where a field they need is invalid; use them only once {@code errors} is known to
     *         be empty
     */
    static ListingTerms read(Quantity quantity, Double densityTonnesPerM3, Material material, String kind,
                             LocalDate from, String fromField, LocalDate to, String toField, String description,
                             ListingStatus status, FieldErrors errors) {
        Double amount = null;
        QuantityUnit unit = null;
        if (errors.required(quantity, "quantity")) {
            if (errors.required(quantity.amount(), "quantity.amount")) {
                if (!Double.isFinite(quantity.amount()) || quantity.amount() <= 0) {
                    errors.add("quantity.amount", "field.moreThanZero");
                } else {
                    amount = BigDecimal.valueOf(quantity.amount()).setScale(3, RoundingMode.HALF_UP).doubleValue();
                    errors.check(amount > 0, "quantity.amount", "field.atLeast", "0.001");
                }
            }
            if (errors.required(quantity.unit(), "quantity.unit")) {
                unit = QuantityUnit.fromCode(quantity.unit()).orElse(null);
                errors.check(unit != null, "quantity.unit", "field.oneOf", unitCodes());
            }
        }
        errors.check(densityTonnesPerM3 == null
                        || densityTonnesPerM3 >= MIN_DENSITY && densityTonnesPerM3 <= MAX_DENSITY,
                "densityTonnesPerM3", "field.density", MIN_DENSITY, MAX_DENSITY);
        Double tonnes = null;
        if (amount != null && amount > 0 && unit != null && material != null) {
            tonnes = unit.toTonnes(amount, material, densityTonnesPerM3).orElse(null);
            if (tonnes == null) {
                errors.add("quantity.unit", "field.quantity.noSwellFactor", unit.code(),
                        material.code());
            } else {
                errors.check(tonnes <= MAX_TONNES, "quantity.amount",
                        "field.quantity.tooMuch", Math.round(tonnes), (long) MAX_TONNES);
            }
        }
        ListingKind parsedKind = null;
        if (errors.required(kind, "kind")) {
            parsedKind = Arrays.stream(ListingKind.values()).filter(k -> k.name().equals(kind)).findFirst()
                    .orElse(null);
            errors.check(parsedKind != null, "kind", "field.oneOf", Arrays.toString(ListingKind.values()));
        }
        errors.check(from == null || to == null || !to.isBefore(from), toField, "field.notBefore", fromField);
        errors.check(description == null || description.length() <= MAX_DESCRIPTION, "description",
                "field.atMostCharacters", MAX_DESCRIPTION);
        if (tonnes == null || parsedKind == null || status == null) {
            return null;
        }
        return new ListingTerms(new Quantity(amount, unit.code()), densityTonnesPerM3, tonnes, parsedKind, from, to,
                description == null ? "" : description, status);
    }

    /**
     * The status a write asks for: where none is given, ACTIVE for a new listing and the current one otherwise.
     *
     * @param current the listing's status now, or null for a new listing
     * @return the status, or null where it is unknown or not allowed at creation (recorded in {@code errors})
     */
    static ListingStatus status(String requested, ListingStatus current, FieldErrors errors) {
        if (requested == null) {
            return current == null ? ListingStatus.ACTIVE : current;
        }
        Optional<ListingStatus> parsed = ListingStatus.parse(requested);
        if (parsed.isEmpty()) {
            errors.add("status", "field.oneOf", Arrays.toString(ListingStatus.values()));
            return null;
        }
        if (current == null && !parsed.get().allowedAtCreation()) {
            errors.add("status", "field.listing.newStatus");
            return null;
        }
        return parsed.get();
    }

    /** Whether the value is absent or one of the Norwegian condition classes, 1 (clean masses) to 5 (very poor). */
    static boolean absentOrConditionClass(Integer value) {
        return value == null || value >= 1 && value <= 5;
    }

    private static String unitCodes() {
        return Arrays.stream(QuantityUnit.values()).map(QuantityUnit::code).toList().toString();
    }
}
