package no.sirkel.exchange;

/**
 * One problem of an import, where the file shows it.
 *
 * @param row     the row number as the file shows it (1 is the heading row; a GeoJSON file's features count from 1)
 * @param column  the column's heading as the file has it, or null where the problem is the whole row's
 * @param message what is wrong
 */
record ImportError(int row, String column, String message) {
}
