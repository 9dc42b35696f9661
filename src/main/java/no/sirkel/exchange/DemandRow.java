package no.sirkel.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A demand as a flat row with names; see {@link SupplyRow}.
 *
 * @param accepts      the accepted material codes, comma-separated
 * @param acceptsNames their names in the reader's language, comma-separated
 * @param maxHaulKm    the farthest the receiver hauls from, km, or null for no limit
 */
public record DemandRow(String accepts, String acceptsNames, Integer maxContaminationClass, double tonnes,
                        double quantityAmount, String quantityUnit, String kind, LocalDate neededFrom,
                        LocalDate neededTo, Double maxHaulKm, String status, String description, UUID siteId,
                        String siteName, String municipality, UUID companyId, String companyName, Instant updatedAt)
        implements ListingRow {

    static final List<Column<Located<DemandRow>>> COLUMNS = ListingRow.columns(List.of(
            new Column<>("accepts", "tar imot", "accepts", located -> located.row().accepts()),
            new Column<>("acceptsNames", "materialnavn", "material names", located -> located.row().acceptsNames()),
            new Column<>("maxContaminationClass", "høyeste tilstandsklasse", "highest condition class",
                    located -> located.row().maxContaminationClass()),
            new Column<>("tonnes", "tonn", "tonnes", located -> located.row().tonnes()),
            new Column<>("quantityAmount", "mengde", "amount", located -> located.row().quantityAmount()),
            new Column<>("quantityUnit", "enhet", "unit", located -> located.row().quantityUnit()),
            new Column<>("kind", "type", "kind", located -> located.row().kind()),
            new Column<>("neededFrom", "behov fra", "needed from", located -> located.row().neededFrom()),
            new Column<>("neededTo", "behov til", "needed to", located -> located.row().neededTo()),
            new Column<>("maxHaulKm", "lengste transport km", "max haul km",
                    located -> located.row().maxHaulKm())));
}
