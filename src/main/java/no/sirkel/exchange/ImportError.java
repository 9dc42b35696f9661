package no.sirkel.exchange;

import java.util.Locale;

import no.sirkel.web.ProblemTexts;
import no.sirkel.web.Text;

/**
 * One problem of an import, where the file shows it.
 *
 * @param row     the row number as the file shows it (1 is the heading row; a GeoJSON file's features count from 1)
 * @param column  the column's heading as the file has it, or null where the problem is the whole row's
 * @param message what is wrong, shown in the reader's language
 */
record ImportError(int row, String column, Text message) {

    ImportError(int row, String column, String message) {
        this(row, column, Text.of(message));
    }

    /** The problem as the answer shows it, in {@code language}. */
    Shown shown(Locale language) {
        return new Shown(row, column, ProblemTexts.render(message, language));
    }

    record Shown(int row, String column, String message) {
    }
}
