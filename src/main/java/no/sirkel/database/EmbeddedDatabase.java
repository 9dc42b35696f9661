package no.sirkel.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL 17 server run from binaries shipped in a Maven artifact, with its cluster kept in a data directory so
 * that data survives restarts. One server per data directory and JVM.
 *
 * <p>The postmaster runs as a daemon, so a JVM that was killed leaves it running on the data directory. Starting again
 * first shuts such an orphan down (a smart shutdown: its clients died with the JVM), then starts a fresh postmaster,
 * waiting long enough for crash recovery to finish.
 */
final class EmbeddedDatabase {

    static final String USER = "postgres";
    static final String DATABASE = "sirkel";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Duration STARTUP_WAIT = Duration.ofMinutes(5);
    private static final Duration ORPHAN_SHUTDOWN_WAIT = Duration.ofMinutes(2);
    private static final Map<Path, EmbeddedDatabase> RUNNING = new ConcurrentHashMap<>();

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedDatabase startOnce(Path dataDirectory, boolean clean) {
        return RUNNING.computeIfAbsent(dataDirectory.toAbsolutePath().normalize(), directory -> start(directory, clean));
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    private static EmbeddedDatabase start(Path dataDirectory, boolean clean) {
        Path cluster = dataDirectory.resolve("postgres");
        try {
            if (clean) {
                stopOrphanedPostmaster(cluster);
                deleteRecursively(cluster);
            }
            Files.createDirectories(cluster);
            stopOrphanedPostmaster(cluster);
            log.info("Starting embedded PostgreSQL on {}", cluster);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(cluster)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(STARTUP_WAIT)
                    .start();
            createDatabaseIfMissing(postgres.getPostgresDatabase());
            return new EmbeddedDatabase(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + cluster, e);
        }
    }

    /** Shuts down a postmaster left running on the cluster by an earlier JVM, and waits until it is gone. */
    static void stopOrphanedPostmaster(Path cluster) throws IOException {
        Path pidFile = cluster.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            return;
        }
        long pid = Long.parseLong(lines.get(0).trim());
        ProcessHandle.of(pid)
                .filter(process -> process.info().command().map(command -> command.endsWith("postgres")).orElse(false))
                .ifPresent(orphan -> {
                    log.warn("Shutting down a PostgreSQL (pid {}) left running on {} by an earlier process", pid, cluster);
                    orphan.destroy();
                    try {
                        orphan.onExit().get(ORPHAN_SHUTDOWN_WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
                    } catch (Exception e) {
                        throw new IllegalStateException("PostgreSQL pid " + pid + " on " + cluster
                                + " did not shut down within " + ORPHAN_SHUTDOWN_WAIT, e);
                    }
                });
    }

    private static void createDatabaseIfMissing(DataSource postgresDatabase) {
        try (var connection = postgresDatabase.getConnection();
             var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            if (!exists.executeQuery().next()) {
                try (var create = connection.createStatement()) {
                    create.execute("create database " + DATABASE);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + DATABASE, e);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
