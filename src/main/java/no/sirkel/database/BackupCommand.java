package no.sirkel.database;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * {@code backup FILE} and {@code restore FILE} for the embedded database in {@code SIRKEL_DATA_DIR}.
 *
 * <p>The PostgreSQL binaries that come with the embedded database hold no {@code pg_dump} or {@code pg_restore}, so a
 * backup is made here over JDBC: every table of the schema, copied out with {@code COPY} in one read-only transaction
 * (one consistent snapshot, taken while the service keeps running), in a zip file together with the schema's Flyway
 * version. The schema itself is not in the file: the migrations in the jar make it. A restore therefore migrates the
 * database to the backup's version, replaces the contents of every table in one transaction, and sets the identity
 * sequences past the restored rows; a newer Sirkel migrates the rest on its next start. Restoring needs the service
 * stopped. Exit codes: 0 done, 1 failed, 2 bad arguments.
 */
public final class BackupCommand {

    public static final String BACKUP = "backup";
    public static final String RESTORE = "restore";
    static final String USAGE = "usage: backup FILE | restore FILE   (the embedded database in SIRKEL_DATA_DIR, "
            + "default ./data)";

    private static final String MANIFEST = "manifest.properties";
    private static final String TABLE_PREFIX = "tables/";
    private static final String FORMAT = "sirkel-backup-1";

    private BackupCommand() {
    }

    /** Runs {@code backup FILE} or {@code restore FILE}; {@code args} start with the command's name. */
    public static int run(String[] args, Path dataDirectory, PrintStream out, PrintStream err) {
        if (args.length != 2 || !(args[0].equals(BACKUP) || args[0].equals(RESTORE))) {
            err.println(USAGE);
            return 2;
        }
        Path file = Path.of(args[1]);
        try {
            if (args[0].equals(BACKUP)) {
                int rows = backup(dataDirectory, file);
                out.println("Backed up " + rows + " rows to " + file);
            } else {
                int rows = restore(dataDirectory, file);
                out.println("Restored " + rows + " rows from " + file + " into " + dataDirectory);
            }
            return 0;
        } catch (IOException | SQLException | RuntimeException e) {
            err.println(args[0] + " failed: " + e);
            return 1;
        }
    }

    /** Writes the database's tables to {@code file}; returns the number of rows written. */
    static int backup(Path dataDirectory, Path file) throws IOException, SQLException {
        Optional<String> running = EmbeddedDatabase.runningJdbcUrl(dataDirectory);
        EmbeddedDatabase started = running.isPresent() ? null : EmbeddedDatabase.startOnce(dataDirectory, false, true);
        String url = running.isPresent() ? running.get() : started.jdbcUrl();
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        int rows = 0;
        try (Connection connection = connect(dataDirectory, url);
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            Properties manifest = new Properties();
            manifest.setProperty("format", FORMAT);
            manifest.setProperty("schemaVersion", schemaVersion(connection));
            zip.putNextEntry(new ZipEntry(MANIFEST));
            manifest.store(zip, "Sirkel backup: COPY text of every table, schema made by the migrations");
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (String table : tables(connection)) {
                zip.putNextEntry(new ZipEntry(TABLE_PREFIX + table));
                rows += (int) copy.copyOut("copy " + table + " to stdout", zip);
            }
            connection.commit();
        } finally {
            if (started != null) {
                started.stop();
            }
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return rows;
    }

    /** Replaces the database's contents with {@code file}'s; returns the number of rows restored. */
    static int restore(Path dataDirectory, Path file) throws IOException, SQLException {
        if (EmbeddedDatabase.runningJdbcUrl(dataDirectory).isPresent()) {
            throw new IllegalStateException("a PostgreSQL is running on " + dataDirectory + ": stop the service first");
        }
        EmbeddedDatabase database = EmbeddedDatabase.startOnce(dataDirectory, false, true);
        int rows = 0;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            ZipEntry entry = zip.getNextEntry();
            if (entry == null || !entry.getName().equals(MANIFEST)) {
                throw new IllegalArgumentException(file + " is not a Sirkel backup");
            }
            Properties manifest = new Properties();
            manifest.load(zip);
            if (!FORMAT.equals(manifest.getProperty("format"))) {
                throw new IllegalArgumentException(file + " is not a Sirkel backup of a format this version reads");
            }
            Flyway.configure().dataSource(database.jdbcUrl(), EmbeddedDatabase.USER, database.password())
                    .target(manifest.getProperty("schemaVersion")).load().migrate();
            try (Connection connection = connect(dataDirectory, database.jdbcUrl())) {
                connection.setAutoCommit(false);
                List<String> tables = tables(connection);
                try (var statement = connection.createStatement()) {
                    // constraints and triggers were checked when the rows were written; the tables fill in any order
                    statement.execute("set session_replication_role = replica");
                    statement.execute("truncate " + String.join(", ", tables));
                }
                CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
                for (entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    String table = entry.getName().substring(TABLE_PREFIX.length());
                    if (!tables.contains(table)) {
                        throw new IllegalArgumentException(file + " holds table " + table + ", unknown to schema "
                                + manifest.getProperty("schemaVersion"));
                    }
                    rows += (int) copy.copyIn("copy " + table + " from stdin", zip);
                }
                restartIdentities(connection);
                connection.commit();
            }
        } finally {
            database.stop();
        }
        return rows;
    }

    private static Connection connect(Path dataDirectory, String url) throws SQLException {
        return DriverManager.getConnection(url, EmbeddedDatabase.USER, LocalAccess.of(dataDirectory).password());
    }

    private static String schemaVersion(Connection connection) throws SQLException {
        try (var result = connection.createStatement().executeQuery("""
                select version from flyway_schema_history where success and version is not null
                order by installed_rank desc limit 1""")) {
            if (!result.next()) {
                throw new IllegalStateException("the database has no schema yet: start the service once first");
            }
            return result.getString(1);
        }
    }

    /** The schema's tables but Flyway's own history, by name. */
    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (var result = connection.createStatement().executeQuery("""
                select quote_ident(tablename) from pg_tables
                where schemaname = 'public' and tablename <> 'flyway_schema_history' order by tablename""")) {
            while (result.next()) {
                tables.add(result.getString(1));
            }
        }
        return tables;
    }

    /** Sets every identity column's sequence past the largest restored value. */
    private static void restartIdentities(Connection connection) throws SQLException {
        List<String> statements = new ArrayList<>();
        try (var result = connection.createStatement().executeQuery("""
                select format('select setval(pg_get_serial_sequence(%L, %L), coalesce(max(%I), 0) + 1, false) from %I',
                              table_name, column_name, column_name, table_name)
                from information_schema.columns where table_schema = 'public' and is_identity = 'YES'""")) {
            while (result.next()) {
                statements.add(result.getString(1));
            }
        }
        try (var statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
