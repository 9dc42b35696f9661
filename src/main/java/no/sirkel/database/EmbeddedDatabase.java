package no.sirkel.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL 17 server run from binaries shipped in a Maven artifact, with its cluster kept in a data directory so
 * that data survives restarts. One server per data directory and JVM.
 *
 * <p>Durable unless told otherwise: {@code fsync} and {@code synchronous_commit} on, so that a commit the service
 * acknowledged survives a crash of the JVM, of PostgreSQL or of the machine (the embedding library starts PostgreSQL
 * without either, for tests). Only the service gets in ({@link LocalAccess}). The data directory is made private
 * (0700), and the binaries are unpacked inside it rather than in the shared temporary directory.
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
    private final LocalAccess access;

    private EmbeddedDatabase(EmbeddedPostgres postgres, LocalAccess access) {
        this.postgres = postgres;
        this.access = access;
    }

    /**
     * @param clean   delete the cluster first (tests)
     * @param durable fsync and synchronous commit on; off only for tests
     */
    static EmbeddedDatabase startOnce(Path dataDirectory, boolean clean, boolean durable) {
        return RUNNING.computeIfAbsent(dataDirectory.toAbsolutePath().normalize(),
                directory -> start(directory, clean, durable));
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + DATABASE;
    }

    String password() {
        return access.password();
    }

    /** Shuts the postmaster down (a fast shutdown: open sessions are ended, nothing committed is lost). */
    void stop() throws IOException {
        RUNNING.values().remove(this);
        postgres.close();
    }

    /**
     * The JDBC URL of a postmaster already running on the data directory (the service's, or one a killed service
     * left), read from its {@code postmaster.pid}; empty where none runs.
     */
    static Optional<String> runningJdbcUrl(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postgres/postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        boolean alive = lines.size() > 3 && ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
                .map(ProcessHandle::isAlive).orElse(false);
        return alive ? Optional.of("jdbc:postgresql://127.0.0.1:" + lines.get(3).trim() + "/" + DATABASE)
                : Optional.empty();
    }

    private static EmbeddedDatabase start(Path dataDirectory, boolean clean, boolean durable) {
        Path cluster = dataDirectory.resolve("postgres");
        Path binaries = dataDirectory.resolve("postgres-binaries");
        try {
            if (clean) {
                stopOrphanedPostmaster(cluster);
                deleteRecursively(cluster);
            }
            Files.createDirectories(cluster);
            Files.setPosixFilePermissions(dataDirectory, PosixFilePermissions.fromString("rwx------"));
            stopOrphanedPostmaster(cluster);
            LocalAccess access = LocalAccess.of(dataDirectory);
            log.info("Starting embedded PostgreSQL on {} ({})", cluster,
                    durable ? "durable" : "fsync and synchronous commit off");
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(cluster)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(STARTUP_WAIT)
                    .setOverrideWorkingDirectory(binaries.toFile())
                    // a resolver of its own per start, so that the library unpacks into this data directory
                    .setPgBinaryResolver(DefaultPostgresBinaryResolver.INSTANCE::getPgBinary)
                    .setDataDirectoryCustomizer(directory -> access.secure(cluster, postgresBinary(binaries)))
                    .setConnectConfig("password", access.password())
                    .setServerConfig("fsync", durable ? "on" : "off")
                    .setServerConfig("synchronous_commit", durable ? "on" : "off");
            LocalAccess.SERVER_SETTINGS.forEach(builder::setServerConfig);
            EmbeddedPostgres postgres = builder.start();
            createDatabaseIfMissing(postgres.getPostgresDatabase());
            return new EmbeddedDatabase(postgres, access);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + cluster, e);
        }
    }

    /** The {@code postgres} executable the library unpacked under {@code binaries} (the newest, after an upgrade). */
    private static Path postgresBinary(Path binaries) {
        try (Stream<Path> unpacked = Files.list(binaries)) {
            return unpacked.map(directory -> directory.resolve("bin/postgres"))
                    .filter(Files::isExecutable)
                    .max(Comparator.comparing(EmbeddedDatabase::modified))
                    .orElseThrow(() -> new IllegalStateException("No PostgreSQL binaries under " + binaries));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FileTime modified(Path path) {
        try {
            return Files.getLastModifiedTime(path.getParent().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
