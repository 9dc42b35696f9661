package no.sirkel.exchange;

import java.util.Arrays;
import java.util.List;

import no.sirkel.material.Language;

/** The import template: every column's heading in the reader's language and two example rows. */
final class ImportTemplate {

    private ImportTemplate() {
    }

    static Sheets.Written sheet(Language language) {
        boolean en = language == Language.EN;
        List<String> headings = Arrays.stream(ImportColumn.values()).map(column -> column.heading(language)).toList();
        List<Object> supply = List.of(en ? "supply" : "tilbud", "Sluppen byggetomt", 10.3933, 63.4297, "",
                "Trondheim", "Sluppenvegen 1", en ? "Clay" : "Leire", 1, 1200, "m3_solid", "ONE_OFF", "2027-03-01",
                "2027-06-30", "", en ? "Excavated for the foundations" : "Graves ut for fundamentene", "");
        List<Object> demand = List.of(en ? "demand" : "behov", "Midtbyen fylling", 569532, 7034225, "EPSG:25832",
                "Trondheim", "", "SAND;GRAVEL", 2, 800, "t", "ONE_OFF", "2027-04-01", "", 25,
                en ? "Fill for a car park" : "Fyllmasse til parkeringsplass", "");
        return new Sheets.Written(en ? "Import" : "Import", headings, List.of(supply, demand));
    }

    /** A sheet that says what each column holds. */
    static Sheets.Written help(Language language) {
        boolean en = language == Language.EN;
        return new Sheets.Written(en ? "Columns" : "Kolonner", en ? List.of("column", "what it holds")
                : List.of("kolonne", "innhold"), Arrays.stream(ImportColumn.values())
                .map(column -> List.<Object>of(column.heading(language), column.description(language))).toList());
    }
}
