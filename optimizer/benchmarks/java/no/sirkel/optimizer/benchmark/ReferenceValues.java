package no.sirkel.optimizer.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Best-known values of benchmark instances, kept as CSV ({@code optimizer/benchmarks/reference/fctp-reference.csv}):
 * one row per instance and seed with the best plan cost found by an exact MIP run, the bound it proved, whether that
 * proved the value optimal, the solver and its seconds. Written by {@code BenchmarkRunner --reference}, read by every
 * benchmark run.
 */
final class ReferenceValues {

    static final Path DEFAULT_FILE = Path.of("optimizer/benchmarks/reference/fctp-reference.csv");
    private static final String HEADER = "instance,seed,size,best_value,proven_bound,optimal,solver,seconds";

    record Row(String instance, long seed, String size, double bestValue, double provenBound, boolean optimal,
               String solver, double seconds) {

        String csv() {
            return String.format(Locale.ROOT, "%s,%d,%s,%.6f,%.6f,%b,%s,%.1f", instance, seed, size, bestValue,
                    provenBound, optimal, solver, seconds);
        }

        static Row parse(String line) {
            String[] cells = line.split(",", -1);
            if (cells.length != 8) {
                throw new IllegalArgumentException("expected 8 cells in reference row: " + line);
            }
            return new Row(cells[0], Long.parseLong(cells[1]), cells[2], Double.parseDouble(cells[3]),
                    Double.parseDouble(cells[4]), Boolean.parseBoolean(cells[5]), cells[6],
                    Double.parseDouble(cells[7]));
        }
    }

    private final Map<String, Row> rows = new LinkedHashMap<>();

    private ReferenceValues(Collection<Row> rows) {
        rows.forEach(this::put);
    }

    /** The rows of {@code file}, or none where it does not exist. */
    static ReferenceValues read(Path file) {
        if (!Files.exists(file)) {
            return new ReferenceValues(List.of());
        }
        try {
            List<String> lines = Files.readAllLines(file);
            if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
                throw new IllegalArgumentException(file + " must start with the header " + HEADER);
            }
            return new ReferenceValues(lines.stream().skip(1).filter(line -> !line.isBlank()).map(Row::parse)
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Optional<Row> find(String instance, long seed) {
        return Optional.ofNullable(rows.get(key(instance, seed)));
    }

    /** Adds the row, replacing the one for the same instance and seed. */
    void put(Row row) {
        rows.put(key(row.instance(), row.seed()), row);
    }

    void write(Path file) {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        rows.values().forEach(row -> lines.add(row.csv()));
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.write(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String key(String instance, long seed) {
        return instance + "#" + seed;
    }
}
