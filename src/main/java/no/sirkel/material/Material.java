package no.sirkel.material;

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
public record Material(String code, String nameEn, String nameNo, String category, String ewcCode,
                       double looseDensityTonnesPerM3, Double swellFactor, boolean contaminationClassApplies) {

    /** Its name in the language. */
    public String name(Language language) {
        return language == Language.EN ? nameEn : nameNo;
    }
}
