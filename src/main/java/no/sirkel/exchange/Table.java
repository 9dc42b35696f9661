package no.sirkel.exchange;

import java.util.List;

/**
 * A file's rows as text, before they are understood: the headings and, per data row, its cells by heading.
 *
 * @param headings the first row's cells (a GeoJSON file: the property names, then x, y and crs)
 * @param rows     the data rows, each with its number as the file shows it (a spreadsheet's row number; a GeoJSON
 *                 feature's position, from 1) and its cells in heading order ("" for an empty cell)
 */
record Table(List<String> headings, List<Row> rows) {

    record Row(int number, List<String> cells) {

        String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }

        boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }
}
