package no.sirkel.exchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import no.sirkel.geo.Crs;
import no.sirkel.geo.GeoJsonPoint;
import no.sirkel.listing.DemandRequest;
import no.sirkel.listing.Quantity;
import no.sirkel.listing.SupplyRequest;
import no.sirkel.material.Material;

/**
 * Understands a {@link Table}'s cells: headings in either language, materials by code or name (either language),
 * units and kinds by code or their Norwegian names, numbers with a decimal point or comma, dates yyyy-mm-dd. Every
 * cell it cannot read becomes an {@link ImportError}; the rules of sites and listings are checked afterwards.
 */
final class ImportReader {

    private static final List<ImportColumn> REQUIRED = List.of(ImportColumn.LISTING, ImportColumn.SITE,
            ImportColumn.MATERIAL, ImportColumn.AMOUNT, ImportColumn.UNIT, ImportColumn.KIND);
    private static final Map<String, String> UNITS = Map.of("t", "t", "tonn", "t", "tonnes", "t",
            "m3_solid", "m3_solid", "pfm3", "m3_solid", "pfm³", "m3_solid",
            "m3_loose", "m3_loose", "løs m3", "m3_loose", "løs m³", "m3_loose", "lm3", "m3_loose");
    private static final Map<String, String> KINDS = Map.of("one_off", "ONE_OFF", "engangs", "ONE_OFF",
            "recurring", "RECURRING", "løpende", "RECURRING");

    private final Table table;
    private final Map<String, Material> catalogue;
    private final UUID callersCompany;
    private final Map<ImportColumn, Integer> index = new EnumMap<>(ImportColumn.class);
    private final List<ImportError> errors = new ArrayList<>();

    /**
     * @param callersCompany the member's company, which every row is for; null for an admin, whose rows name theirs
     */
    ImportReader(Table table, Map<String, Material> catalogue, UUID callersCompany) {
        this.table = table;
        this.catalogue = catalogue;
        this.callersCompany = callersCompany;
    }

    /** The rows understood; {@link #errors()} holds what could not be. */
    List<ImportRow> read() {
        for (int i = 0; i < table.headings().size(); i++) {
            String heading = table.headings().get(i);
            if (heading.isBlank()) {
                continue;
            }
            Optional<ImportColumn> column = ImportColumn.byHeading(heading);
            if (column.isEmpty()) {
                errors.add(new ImportError(1, heading, "field.import.unknownColumn"));
            } else if (index.putIfAbsent(column.get(), i) != null) {
                errors.add(new ImportError(1, heading, "field.import.columnTwice"));
            }
        }
        for (ImportColumn column : REQUIRED) {
            if (!index.containsKey(column)) {
                errors.add(new ImportError(1, column.key(), "field.import.columnMissing"));
            }
        }
        if (callersCompany == null && !index.containsKey(ImportColumn.COMPANY_ID)) {
            errors.add(new ImportError(1, ImportColumn.COMPANY_ID.key(), "field.import.companyColumnMissing"));
        }
        if (!errors.isEmpty()) {
            return List.of();
        }
        List<ImportRow> rows = new ArrayList<>();
        for (Table.Row row : table.rows()) {
            if (!row.blank()) {
                read(row).ifPresent(rows::add);
            }
        }
        if (rows.isEmpty() && errors.isEmpty()) {
            errors.add(new ImportError(2, null, "field.import.noRows"));
        }
        return rows;
    }

    List<ImportError> errors() {
        return errors;
    }

    /** The heading the file uses for the column (for error messages), or its key where the file lacks it. */
    String heading(ImportColumn column) {
        Integer at = index.get(column);
        return at == null ? column.key() : table.headings().get(at);
    }

    private Optional<ImportRow> read(Table.Row row) {
        int before = errors.size();
        String listing = text(row, ImportColumn.LISTING);
        Boolean supply = listing == null ? null : switch (listing.toLowerCase(Locale.ROOT)) {
            case "supply", "tilbud" -> true;
            case "demand", "behov" -> false;
            default -> null;
        };
        if (supply == null) {
            error(row, ImportColumn.LISTING, "must be supply or demand (tilbud or behov)");
        }
        String site = text(row, ImportColumn.SITE);
        if (site == null) {
            error(row, ImportColumn.SITE, "is required: the site's name");
        }
        UUID company = callersCompany != null ? callersCompany : uuid(row, ImportColumn.COMPANY_ID);
        if (callersCompany != null && text(row, ImportColumn.COMPANY_ID) != null
                && !callersCompany.toString().equals(text(row, ImportColumn.COMPANY_ID))) {
            error(row, ImportColumn.COMPANY_ID, "must be left empty or be your own company: members import for"
                    + " their own company only");
        }
        Double x = number(row, ImportColumn.X);
        Double y = number(row, ImportColumn.Y);
        if ((x == null) != (y == null)) {
            error(row, x == null ? ImportColumn.X : ImportColumn.Y, "is required with " + (x == null ? "y" : "x"));
        }
        String crsName = text(row, ImportColumn.CRS);
        Crs crs = crsName == null ? Crs.CRS84 : Crs.parse(crsName).map(ImportReader::xyOrder).orElse(null);
        if (crs == null) {
            error(row, ImportColumn.CRS, "must be empty (WGS84), EPSG:25832 or EPSG:25833");
        }
        List<String> materials = materials(row);
        Integer conditionClass = whole(row, ImportColumn.CONTAMINATION_CLASS);
        Double amount = number(row, ImportColumn.AMOUNT);
        String unit = code(row, ImportColumn.UNIT, UNITS);
        String kind = code(row, ImportColumn.KIND, KINDS);
        LocalDate from = date(row, ImportColumn.FROM);
        LocalDate to = date(row, ImportColumn.TO);
        Double maxHaulKm = number(row, ImportColumn.MAX_HAUL_KM);
        String description = text(row, ImportColumn.DESCRIPTION);
        if (errors.size() > before || supply == null) {
            return Optional.empty();
        }
        if (supply && maxHaulKm != null) {
            error(row, ImportColumn.MAX_HAUL_KM, "is for demands only");
        }
        if (supply && materials.size() > 1) {
            error(row, ImportColumn.MATERIAL, "a supply is of one material");
        }
        Quantity quantity = new Quantity(amount, unit);
        GeoJsonPoint location = x == null ? null : new GeoJsonPoint("Point", List.of(x, y));
        return Optional.of(new ImportRow(row.number(), company, site, location, crs,
                text(row, ImportColumn.MUNICIPALITY), text(row, ImportColumn.ADDRESS),
                supply ? new SupplyRequest(null, materials.isEmpty() ? null : materials.get(0), conditionClass,
                        quantity, null, kind, from, to, description, null) : null,
                supply ? null : new DemandRequest(null, materials.isEmpty() ? null : materials, conditionClass,
                        quantity, null, kind, from, to, maxHaulKm, description, null)));
    }

    /** A file's x, y are longitude, latitude in degrees whatever WGS84 form it names. */
    private static Crs xyOrder(Crs crs) {
        return crs.geographic() ? Crs.CRS84 : crs;
    }

    private List<String> materials(Table.Row row) {
        String cell = text(row, ImportColumn.MATERIAL);
        if (cell == null) {
            return List.of();
        }
        return Arrays.stream(cell.split(";")).map(String::trim).filter(name -> !name.isEmpty())
                .map(this::materialCode).toList();
    }

    /** The code of a material named by code or by its Norwegian or English name; unknown names stay as given. */
    private String materialCode(String name) {
        if (catalogue.containsKey(name.toUpperCase(Locale.ROOT))) {
            return name.toUpperCase(Locale.ROOT);
        }
        return catalogue.values().stream()
                .filter(material -> material.nameNo().equalsIgnoreCase(name) || material.nameEn().equalsIgnoreCase(name))
                .map(Material::code).findFirst().orElse(name);
    }

    private String text(Table.Row row, ImportColumn column) {
        Integer at = index.get(column);
        if (at == null) {
            return null;
        }
        String cell = row.cell(at).trim();
        return cell.isEmpty() ? null : cell;
    }

    private Double number(Table.Row row, ImportColumn column) {
        String cell = text(row, column);
        if (cell == null) {
            return null;
        }
        try {
            return new BigDecimal(cell.replace(" ", "").replace("\u00A0", "").replace(',', '.')).doubleValue();
        } catch (NumberFormatException e) {
            error(row, column, "must be a number: " + cell);
            return null;
        }
    }

    private Integer whole(Table.Row row, ImportColumn column) {
        Double value = number(row, column);
        if (value != null && value != Math.rint(value)) {
            error(row, column, "must be a whole number");
            return null;
        }
        return value == null ? null : value.intValue();
    }

    private LocalDate date(Table.Row row, ImportColumn column) {
        String cell = text(row, column);
        try {
            return cell == null ? null : LocalDate.parse(cell);
        } catch (DateTimeParseException e) {
            error(row, column, "must be a date yyyy-mm-dd: " + cell);
            return null;
        }
    }

    private UUID uuid(Table.Row row, ImportColumn column) {
        String cell = text(row, column);
        if (cell == null) {
            error(row, column, "is required: an admin's import names each row's company");
            return null;
        }
        try {
            return UUID.fromString(cell);
        } catch (IllegalArgumentException e) {
            error(row, column, "is not a company id: " + cell);
            return null;
        }
    }

    /** The cell's value through the aliases (case-blind); an unknown value passes on for the listing's own check. */
    private String code(Table.Row row, ImportColumn column, Map<String, String> aliases) {
        String cell = text(row, column);
        return cell == null ? null : aliases.getOrDefault(cell.toLowerCase(Locale.ROOT), cell);
    }

    private void error(Table.Row row, ImportColumn column, String message) {
        errors.add(new ImportError(row.number(), heading(column), message));
    }
}
