package no.sirkel.exchange;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import no.sirkel.material.Language;

/**
 * The columns of a bulk import, one row a listing at a site: its key (the English heading, and a GeoJSON feature's
 * property name), its Norwegian heading and what it holds. Files may use either language's headings, in any order.
 */
enum ImportColumn {
    LISTING("listing", "annonse", "supply or demand (tilbud or behov)", "tilbud eller behov (supply or demand)"),
    SITE("site", "anlegg", "the site's name: an existing site of the company, or a new one",
            "anleggets navn: et anlegg firmaet har, eller et nytt"),
    X("x", "x", "longitude (degrees) or, with crs EPSG:25832/25833, easting (metres); for a new site",
            "lengdegrad (grader) eller, med crs EPSG:25832/25833, øst (meter); for et nytt anlegg"),
    Y("y", "y", "latitude (degrees) or northing (metres); for a new site",
            "breddegrad (grader) eller nord (meter); for et nytt anlegg"),
    CRS("crs", "crs", "empty for WGS84 longitude/latitude, or EPSG:25832 / EPSG:25833 (EUREF89 UTM)",
            "tom for WGS84 lengde-/breddegrad, eller EPSG:25832 / EPSG:25833 (EUREF89 UTM)"),
    MUNICIPALITY("municipality", "kommune", "for a new site", "for et nytt anlegg"),
    ADDRESS("address", "adresse", "for a new site", "for et nytt anlegg"),
    MATERIAL("material", "materiale", "a material's code or name; a demand may list several, separated by ;",
            "materialets kode eller navn; et behov kan ha flere, skilt med ;"),
    CONTAMINATION_CLASS("contaminationClass", "tilstandsklasse",
            "condition class 1..5 (a demand's highest accepted); empty where classes do not apply",
            "tilstandsklasse 1..5 (for behov den høyeste som tas imot); tom der klasser ikke gjelder"),
    AMOUNT("amount", "mengde", "how much, in unit", "hvor mye, i enhet"),
    UNIT("unit", "enhet", "t (tonnes), m3_solid (pfm³) or m3_loose (løs m³)",
            "t (tonn), m3_solid (pfm³) eller m3_loose (løs m³)"),
    KIND("kind", "type", "ONE_OFF or RECURRING (quantity per year)", "ONE_OFF (engangs) eller RECURRING (per år)"),
    FROM("from", "fra", "first day, yyyy-mm-dd; empty for open", "første dag, åååå-mm-dd; tom for åpen"),
    TO("to", "til", "last day, yyyy-mm-dd; empty for open", "siste dag, åååå-mm-dd; tom for åpen"),
    MAX_HAUL_KM("maxHaulKm", "maksTransportKm", "a demand's farthest haul in km; empty for no limit",
            "lengste transport for et behov, km; tom for ingen grense"),
    DESCRIPTION("description", "beskrivelse", "free text", "fritekst"),
    COMPANY_ID("companyId", "firmaId", "the company's id: admins only, members import for their own",
            "firmaets id: bare for administratorer, medlemmer importerer for sitt eget");

    private final String key;
    private final String headingNb;
    private final String descriptionEn;
    private final String descriptionNb;

    ImportColumn(String key, String headingNb, String descriptionEn, String descriptionNb) {
        this.key = key;
        this.headingNb = headingNb;
        this.descriptionEn = descriptionEn;
        this.descriptionNb = descriptionNb;
    }

    String key() {
        return key;
    }

    String heading(Language language) {
        return language == Language.EN ? key : headingNb;
    }

    String description(Language language) {
        return language == Language.EN ? descriptionEn : descriptionNb;
    }

    /** The column a heading names, in either language, ignoring case and surrounding blanks. */
    static Optional<ImportColumn> byHeading(String heading) {
        String wanted = heading == null ? "" : heading.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(column -> column.key.toLowerCase(Locale.ROOT).equals(wanted)
                        || column.headingNb.toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }
}
