package no.sirkel.exchange;

import java.util.List;
import java.util.function.Function;

import no.sirkel.material.Language;

/**
 * One column of an exported table: its key (stable, the same in every language), its heading in each language and
 * how a row gives its value (a String, a Number, a LocalDate, an Instant, or null for an empty cell).
 */
record Column<T>(String key, String headingNb, String headingEn, Function<T, Object> value) {

    String heading(Language language) {
        return language == Language.EN ? headingEn : headingNb;
    }

    static <T> List<String> headings(List<Column<T>> columns, Language language) {
        return columns.stream().map(column -> column.heading(language)).toList();
    }
}
