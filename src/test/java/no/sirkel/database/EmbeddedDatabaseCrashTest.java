package no.sirkel.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The embedded database must come back after the service's JVM is killed: the daemonised postmaster survives the JVM,
 * and the next start has to deal with it and with crash recovery.
 */
class EmbeddedDatabaseCrashTest {

    @Test
    void dataWrittenBeforeTheJvmWasKilledIsThereAfterRestart() throws Exception {
        Path dataDirectory = Files.createTempDirectory(Path.of("target"), "crash-test-");
        Process child = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                WriteThenWait.class.getName(), dataDirectory.toString())
                .redirectErrorStream(true)
                .start();
        try (BufferedReader output = new BufferedReader(new InputStreamReader(child.getInputStream()))) {
            String line;
            do {
                line = output.readLine();
            } while (line != null && !line.equals(WriteThenWait.READY));
            assertThat(line).as("the child JVM wrote its row").isEqualTo(WriteThenWait.READY);
        }
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(Files.exists(dataDirectory.resolve("postgres/postmaster.pid")))
                .as("the orphaned postmaster still holds the data directory").isTrue();

        EmbeddedDatabase restarted = EmbeddedDatabase.startOnce(dataDirectory, false);

        try (var connection = DriverManager.getConnection(restarted.jdbcUrl(), EmbeddedDatabase.USER, "");
             var query = connection.createStatement().executeQuery("select note from survivor")) {
            assertThat(query.next()).isTrue();
            assertThat(query.getString(1)).isEqualTo("written before the crash");
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Runs in the child JVM: starts the database, commits a row, says so, then waits to be killed. */
    static final class WriteThenWait {

        static final String READY = "row committed";

        public static void main(String[] args) throws Exception {
            EmbeddedDatabase database = EmbeddedDatabase.startOnce(Path.of(args[0]), false);
            try (var connection = DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, "");
                 var statement = connection.createStatement()) {
                statement.execute("create table survivor (note text)");
                statement.execute("insert into survivor values ('written before the crash')");
            }
            System.out.println(READY);
            System.out.flush();
            Thread.sleep(TimeUnit.MINUTES.toMillis(5));
        }
    }
}
