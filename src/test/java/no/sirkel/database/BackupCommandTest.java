package no.sirkel.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.reactive.server.WebTestClient;
import no.sirkel.IntegrationTest;
import no.sirkel.TestApi;

/**
 * A backup taken while the service runs, restored into a fresh data directory, holds every row of every table.
 */
@IntegrationTest
class BackupCommandTest {

    @Autowired
    WebTestClient client;

    @Value("${sirkel.data-dir}")
    Path serviceDataDirectory;

    @Test
    void aBackupRestoredIntoAFreshDataDirectoryHoldsEveryRowOfEveryTable() throws Exception {
        TestApi api = new TestApi(client);
        UUID company = api.createCompany("Backup Graving AS");
        UUID site = api.createSite(company, "Backup-tomta", 10.40, 63.43);
        api.createSupply(site, "CLAY", 1, 1200);
        api.createDemand(site, List.of("CLAY"), 2, 800);
        Path file = Files.createTempDirectory(Path.of("target"), "backup-test-").resolve("sirkel.zip");
        Path fresh = file.resolveSibling("restored");

        assertThat(run("backup", file.toString(), serviceDataDirectory)).isZero();
        assertThat(run("restore", file.toString(), fresh)).isZero();

        Map<String, String> original;
        try (Connection connection = connect(serviceDataDirectory,
                EmbeddedDatabase.runningJdbcUrl(serviceDataDirectory).orElseThrow())) {
            original = fingerprints(connection);
        }
        EmbeddedDatabase restored = EmbeddedDatabase.startOnce(fresh, false, false);
        try (Connection connection = connect(fresh, restored.jdbcUrl())) {
            assertThat(fingerprints(connection)).isEqualTo(original).containsKey("company");
            try (var companies = connection.createStatement()
                    .executeQuery("select name from company where id = '" + company + "'")) {
                assertThat(companies.next()).isTrue();
                assertThat(companies.getString(1)).isEqualTo("Backup Graving AS");
            }
        } finally {
            restored.stop();
        }
    }

    private static int run(String command, String file, Path dataDirectory) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = BackupCommand.run(new String[] {command, file}, dataDirectory, System.out, new PrintStream(err));
        System.err.print(err);
        return exit;
    }

    private static Connection connect(Path dataDirectory, String url) throws SQLException {
        return DriverManager.getConnection(url, EmbeddedDatabase.USER, LocalAccess.of(dataDirectory).password());
    }

    /** Each table's row count and a hash of all its rows, by table name. */
    private static Map<String, String> fingerprints(Connection connection) throws SQLException {
        Map<String, String> fingerprints = new TreeMap<>();
        List<String> tables = new ArrayList<>();
        try (var result = connection.createStatement().executeQuery(
                "select tablename from pg_tables where schemaname = 'public' and tablename <> 'flyway_schema_history'")) {
            while (result.next()) {
                tables.add(result.getString(1));
            }
        }
        for (String table : tables) {
            try (var result = connection.createStatement().executeQuery("select count(*) || ' rows, ' || "
                    + "coalesce(md5(string_agg(t::text, '|' order by t::text)), '') from " + table + " t")) {
                result.next();
                fingerprints.put(table, result.getString(1));
            }
        }
        return fingerprints;
    }
}
