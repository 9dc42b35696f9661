package no.sirkel.material;

import java.util.Arrays;
import java.util.Optional;

/**
 * Units a quantity can be given in (NS 3420 practice): tonnes, solid m³ in the ground (pfm³), or loose m³ as loaded
 * on a truck (løs m³). Loose volume = solid volume × swell factor.
 */
public enum QuantityUnit {
    TONNES("t"), SOLID_M3("m3_solid"), LOOSE_M3("m3_loose");

    private final String code;

    QuantityUnit(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<QuantityUnit> fromCode(String code) {
        return Arrays.stream(values()).filter(unit -> unit.code.equals(code)).findFirst();
    }

    /**
     * Converts an amount in this unit to tonnes.
     *
     * @param amount          the amount, in this unit
     * @param material        supplies the typical loose density and swell factor
     * @param densityOverride the listing's own density in tonnes per m³ <em>of this unit</em>, or null for the
     *                        material's typical values
     * @return tonnes, or empty where the unit cannot be converted (solid m³ of a material with no swell factor and no
     *         density given)
     */
    public Optional<Double> toTonnes(double amount, Material material, Double densityOverride) {
        return switch (this) {
            case TONNES -> Optional.of(amount);
            case LOOSE_M3 -> Optional.of(amount * (densityOverride != null ? densityOverride
                    : material.looseDensityTonnesPerM3()));
            case SOLID_M3 -> densityOverride != null ? Optional.of(amount * densityOverride)
                    : Optional.ofNullable(material.swellFactor())
                            .map(swell -> amount * swell * material.looseDensityTonnesPerM3());
        };
    }
}
