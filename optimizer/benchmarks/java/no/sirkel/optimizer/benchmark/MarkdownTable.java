package no.sirkel.optimizer.benchmark;

import java.util.ArrayList;
import java.util.List;

/** A Markdown table whose columns are padded to their widest cell, so it also reads well as plain text. */
final class MarkdownTable {

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    MarkdownTable(List<String> header) {
        this.header = List.copyOf(header);
    }

    void add(List<String> row) {
        if (row.size() != header.size()) {
            throw new IllegalArgumentException("row has " + row.size() + " cells, header " + header.size());
        }
        rows.add(List.copyOf(row));
    }

    String render() {
        int[] widths = new int[header.size()];
        for (List<String> row : concat()) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, header, widths);
        List<String> rule = new ArrayList<>();
        for (int width : widths) {
            rule.add("-".repeat(Math.max(3, width)));
        }
        line(out, rule, widths);
        for (List<String> row : rows) {
            line(out, row, widths);
        }
        return out.toString();
    }

    private List<List<String>> concat() {
        List<List<String>> all = new ArrayList<>(rows);
        all.add(header);
        return all;
    }

    private static void line(StringBuilder out, List<String> cells, int[] widths) {
        out.append('|');
        for (int i = 0; i < cells.size(); i++) {
            out.append(' ').append(cells.get(i)).append(" ".repeat(Math.max(0, widths[i] - cells.get(i).length())))
                    .append(" |");
        }
        out.append('\n');
    }
}
