package no.sirkel.architecture;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every table has one owning module: only its code writes the table, and only its code reads it, but for the
 * read-only joins listed in {@link #READS}. The test reads the SQL the service's Java sources hold (string literals
 * and text blocks) and names each statement's tables; a table name built at run time is invisible to it, so such names
 * come only from a module's own tables.
 */
class TableOwnershipTest {

    private static final Path SOURCES = Path.of("src/main/java/no/sirkel");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    /** Each table and the module owning it. */
    static final Map<String, String> OWNERS = Map.ofEntries(
            entry("material", "material"), entry("ewc_code", "material"),
            entry("company", "company"),
            entry("api_token", "security"),
            entry("site", "site"),
            entry("supply", "listing"), entry("demand", "listing"), entry("listing_reservation", "listing"),
            entry("facility", "facility"), entry("hub_reservation", "facility"),
            entry("scenario", "scenario"),
            entry("proposal", "proposal"), entry("proposal_event", "proposal"),
            entry("proposal_period", "proposal"),
            entry("delivery", "delivery"), entry("delivery_event", "delivery"), entry("outside_delivery", "delivery"),
            entry("indicator_target", "indicator"), entry("indicator_target_event", "indicator"));

    /**
     * Read-only joins to other modules' tables where a query needs them (the README's package map says why): listings
     * copy their site's position when written and are reported with their sites' names and municipalities, area and
     * nearest-first searches walking the sites' indexes;
     * proposals show their sides' company names and the role of each event's actor; tokens and sites check their
     * company and show its name; the demo loader looks whether any company exists yet.
     */
    static final Map<String, Set<String>> READS = Map.of(
            "demo", Set.of("company"),
            "listing", Set.of("site"),
            "proposal", Set.of("company", "api_token"),
            "security", Set.of("company"),
            "site", Set.of("company"));

    private static final Pattern WRITE = Pattern.compile("\\b(?:insert\\s+into|update|delete\\s+from)\\s+([a-z_]+)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern READ = Pattern.compile("\\b(?:from|join)\\s+([a-z_]+)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern STRING = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"",
            Pattern.DOTALL);
    private static final Pattern BLOCK_COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern SQL_TEXT_LITERAL = Pattern.compile("'(?:[^']|'')*'");
    private static final Pattern CREATE_TABLE = Pattern.compile("create table ([a-z_]+)");

    @Test
    void modulesRunSqlOnlyOnTheirOwnTablesAndTheJoinsTheyDeclare() throws IOException {
        assertThat(violations(SOURCES)).isEmpty();
    }

    @Test
    void everyTableOfTheMigrationsHasAnOwner() throws IOException {
        Set<String> tables = new TreeSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.toList()) {
                Matcher created = CREATE_TABLE.matcher(Files.readString(file));
                while (created.find()) {
                    tables.add(created.group(1));
                }
            }
        }
        assertThat(OWNERS).containsOnlyKeys(tables);
    }

    /** Each access to another module's table that is not allowed, as "module writes/reads table in File". */
    static List<String> violations(Path sources) throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Path relative = sources.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue;
                }
                String module = relative.getName(0).toString();
                for (String sql : strings(Files.readString(file))) {
                    check(module, sql, WRITE, false, file, violations);
                    check(module, sql, READ, true, file, violations);
                }
            }
        }
        return violations;
    }

    private static void check(String module, String sql, Pattern access, boolean reading, Path file,
                              List<String> violations) {
        Matcher found = access.matcher(sql);
        while (found.find()) {
            String table = found.group(1).toLowerCase();
            String owner = OWNERS.get(table);
            boolean allowed = owner == null || owner.equals(module)
                    || reading && READS.getOrDefault(module, Set.of()).contains(table);
            if (!allowed) {
                violations.add(module + (reading ? " reads " : " writes ") + table + " (owned by " + owner + ") in "
                        + file.getFileName());
            }
        }
    }

    /** The string literals and text blocks of a Java source, with SQL's own quoted text left out. */
    private static List<String> strings(String source) {
        Matcher found = STRING.matcher(BLOCK_COMMENT.matcher(source).replaceAll(""));
        List<String> strings = new ArrayList<>();
        while (found.find()) {
            String text = found.group(1) != null ? found.group(1) : found.group(2);
            strings.add(SQL_TEXT_LITERAL.matcher(text).replaceAll("''"));
        }
        return strings;
    }
}
