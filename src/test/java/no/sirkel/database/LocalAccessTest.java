package no.sirkel.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

/**
 * Only the service gets into its embedded database: a password of the data directory's own (0600), SCRAM, TCP on
 * 127.0.0.1 only, no Unix socket; a cluster left by an older version, which trusted everyone, is locked the same way
 * on its next start and keeps its data.
 */
class LocalAccessTest {

    @Test
    void refusesConnectionsWithoutThePasswordOrWithAWrongOne() throws Exception {
        Path dataDirectory = Files.createTempDirectory(Path.of("target"), "access-test-");
        EmbeddedDatabase database = EmbeddedDatabase.startOnce(dataDirectory, false, true);

        assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, ""))
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, "guess"))
                .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER,
                database.password())) {
            assertThat(setting(connection, "listen_addresses")).isEqualTo("127.0.0.1");
            assertThat(setting(connection, "unix_socket_directories")).isEmpty();
            assertThat(setting(connection, "fsync")).isEqualTo("on");
            assertThat(setting(connection, "synchronous_commit")).isEqualTo("on");
        }
        assertThat(Files.getPosixFilePermissions(dataDirectory.resolve(LocalAccess.PASSWORD_FILE)))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(dataDirectory)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(Files.readString(dataDirectory.resolve("postgres/pg_hba.conf"))).doesNotContain("trust");
    }

    @Test
    void locksAClusterThatAnOlderVersionLeftOpenAndKeepsItsData() throws Exception {
        Path dataDirectory = Files.createTempDirectory(Path.of("target"), "upgrade-test-");
        Path cluster = dataDirectory.resolve("postgres");
        try (EmbeddedPostgres older = EmbeddedPostgres.builder().setDataDirectory(cluster)
                .setCleanDataDirectory(false).start();
             Connection connection = older.getPostgresDatabase().getConnection()) {
            connection.createStatement().execute("create table kept (note text)");
            connection.createStatement().execute("insert into kept values ('from before the upgrade')");
        }
        assertThat(Files.readString(cluster.resolve("pg_hba.conf"))).contains("trust");

        EmbeddedDatabase upgraded = EmbeddedDatabase.startOnce(dataDirectory, false, true);

        String postgresDatabase = upgraded.jdbcUrl().replace("/" + EmbeddedDatabase.DATABASE, "/postgres");
        assertThatThrownBy(() -> DriverManager.getConnection(postgresDatabase, EmbeddedDatabase.USER, ""))
                .isInstanceOf(SQLException.class);
        try (Connection connection = DriverManager.getConnection(postgresDatabase, EmbeddedDatabase.USER,
                upgraded.password());
             var kept = connection.createStatement().executeQuery("select note from kept")) {
            assertThat(kept.next()).isTrue();
            assertThat(kept.getString(1)).isEqualTo("from before the upgrade");
        }
        assertThat(Files.readString(cluster.resolve("pg_hba.conf"))).doesNotContain("trust");
    }

    private static String setting(Connection connection, String name) throws SQLException {
        try (var result = connection.createStatement().executeQuery("show " + name)) {
            result.next();
            return result.getString(1);
        }
    }
}
