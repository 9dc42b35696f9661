package no.sirkel.material;

import java.util.Arrays;
import java.util.List;

/** The kinds of material the catalogue distinguishes. */
public enum MaterialCategory {
    /** Soil and rock dug out on building sites. */
    EXCAVATED_MASS,
    /** Crushed concrete, brick, asphalt and the like from demolition and road works. */
    CONSTRUCTION_WASTE,
    /** Residues of industrial processes: slag, microsilica, filter dust, ash, sawdust. */
    INDUSTRIAL_BY_PRODUCT,
    /** Newly quarried or produced material, the thing reuse replaces. */
    VIRGIN_PRODUCT;

    public static boolean isKnown(String name) {
        return Arrays.stream(values()).anyMatch(category -> category.name().equals(name));
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }
}
