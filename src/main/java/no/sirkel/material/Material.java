package no.sirkel.material;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A material the marketplace trades.
 *
 * @param code                      stable code, e.g. {@code CLAY}
 * @param nameEn                    English name
 * @param nameNo                    Norwegian name
 * @param category                  EXCAVATED_MASS, CONSTRUCTION_WASTE, INDUSTRIAL_BY_PRODUCT or VIRGIN_PRODUCT
 * @param ewcCode                   typical European List of Waste code ({@code 17 05 04}), or null
 * @param looseDensityTonnesPerM3   typical density of the loose material, tonnes per loose m³
 * @param swellFactor               loose volume over solid volume (≥ 1), or null where solid volume means nothing
 * @param contaminationClassApplies whether the Norwegian condition classes 1..5 apply to it
 */
public record Material(@Schema(description = "The material's code, e.g. CLAY") String code,
                       @Schema(description = "English name") String nameEn,
                       @Schema(description = "Norwegian (bokmål) name") String nameNo,
                       @Schema(description = "The material's category") String category,
                       @Schema(description = "European Waste Catalogue code (6 digits), or null") String ewcCode,
                       @Schema(description = "Density as loaded, tonnes per loose m³") double looseDensityTonnesPerM3,
                       @Schema(description = "Loose volume over solid volume (≥ 1), or null where it does not apply")
                       Double swellFactor,
                       @Schema(description = "Whether the condition classes 1 to 5 (Miljødirektoratet's) apply, so "
                               + "listings must give one")
                       boolean contaminationClassApplies) {

    /** Its name in the language. */
    public String name(Language language) {
        return language == Language.EN ? nameEn : nameNo;
    }
}
