package no.sirkel.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A supply as a flat row with names: the material's name in the reader's language, and the site's and company's
 * names where the reader may see them (null otherwise).
 *
 * @param tonnes         the quantity in tonnes (per year where {@code kind} is RECURRING)
 * @param quantityAmount the quantity as its owner gave it, in {@code quantityUnit} ({@code t}, {@code m3_solid},
 *                       {@code m3_loose})
 */
public record SupplyRow(String material, String materialName, Integer contaminationClass, double tonnes,
                        double quantityAmount, String quantityUnit, String kind, LocalDate availableFrom,
                        LocalDate availableTo, String status, String description, UUID siteId, String siteName,
                        String municipality, UUID companyId, String companyName, Instant updatedAt)
        implements ListingRow {

    static final List<Column<Located<SupplyRow>>> COLUMNS = ListingRow.columns(List.of(
            new Column<>("material", "materiale", "material", located -> located.row().material()),
            new Column<>("materialName", "materialnavn", "material name", located -> located.row().materialName()),
            new Column<>("contaminationClass", "tilstandsklasse", "condition class",
                    located -> located.row().contaminationClass()),
            new Column<>("tonnes", "tonn", "tonnes", located -> located.row().tonnes()),
            new Column<>("quantityAmount", "mengde", "amount", located -> located.row().quantityAmount()),
            new Column<>("quantityUnit", "enhet", "unit", located -> located.row().quantityUnit()),
            new Column<>("kind", "type", "kind", located -> located.row().kind()),
            new Column<>("availableFrom", "tilgjengelig fra", "available from",
                    located -> located.row().availableFrom()),
            new Column<>("availableTo", "tilgjengelig til", "available to",
                    located -> located.row().availableTo())));
}
