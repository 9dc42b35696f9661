package no.sirkel.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.util.LinuxUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who may connect to the embedded PostgreSQL: only the service, with a password of its data directory's own. The
 * password is random, kept in {@value #PASSWORD_FILE} that only the owner may read (0600), and checked with
 * SCRAM-SHA-256 on TCP connections from 127.0.0.1; the server has no Unix socket and no {@code trust} rule.
 *
 * <p>A cluster made by an older Sirkel (or the embedding library's defaults: {@code trust} for everyone, a socket in
 * the system temporary directory) is upgraded before its postmaster starts: the password is set in single-user mode,
 * where no connection is possible, and only then is {@code pg_hba.conf} rewritten. The steps are in that order so that
 * a start that dies half-way is finished by the next one.
 */
final class LocalAccess {

    static final String PASSWORD_FILE = "postgres-password";

    private static final Logger log = LoggerFactory.getLogger(LocalAccess.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final String PG_HBA = """
            # Written by Sirkel on every start: only the service, with the password in ../%s, over TCP on 127.0.0.1.
            host all %s 127.0.0.1/32 scram-sha-256
            """.formatted(PASSWORD_FILE, EmbeddedDatabase.USER);

    private final String password;

    private LocalAccess(String password) {
        this.password = password;
    }

    /** Reads the data directory's password, making one (0600) on the first start. */
    static LocalAccess of(Path dataDirectory) {
        Path file = dataDirectory.resolve(PASSWORD_FILE);
        try {
            if (!Files.exists(file)) {
                byte[] bytes = new byte[32];
                RANDOM.nextBytes(bytes);
                Path fresh = Files.createTempFile(dataDirectory, PASSWORD_FILE, ".new",
                        PosixFilePermissions.asFileAttribute(OWNER_ONLY));
                Files.writeString(fresh, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
                Files.move(fresh, file, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.setPosixFilePermissions(file, OWNER_ONLY);
            return new LocalAccess(Files.readString(file).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create the database password in " + file, e);
        }
    }

    String password() {
        return password;
    }

    /** Server settings that keep the server off every address but 127.0.0.1 and without a Unix socket. */
    static final Map<String, String> SERVER_SETTINGS = Map.of("listen_addresses", "127.0.0.1",
            "unix_socket_directories", "''", "password_encryption", "scram-sha-256");

    /**
     * Before the postmaster starts: where {@code pg_hba.conf} is not yet Sirkel's, sets the password in single-user
     * mode and then writes it.
     *
     * @param postgresBinary the {@code postgres} executable of the binaries the cluster runs on
     */
    void secure(Path cluster, Path postgresBinary) {
        Path hba = cluster.resolve("pg_hba.conf");
        try {
            if (Files.exists(hba) && Files.readString(hba).equals(PG_HBA)) {
                return;
            }
            log.info("Setting a password on the embedded PostgreSQL in {} and refusing connections without it",
                    cluster);
            setPasswordInSingleUserMode(cluster, postgresBinary);
            Files.writeString(hba, PG_HBA, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not secure the embedded PostgreSQL in " + cluster, e);
        }
    }

    private void setPasswordInSingleUserMode(Path cluster, Path postgresBinary) throws IOException {
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(List.of(postgresBinary.toString(), "--single", "-D", cluster.toString(), "postgres"));
        Process single = new ProcessBuilder(command).redirectErrorStream(true).start();
        // the password goes through standard input, never the command line (which every local user can read)
        single.getOutputStream().write(("alter role " + EmbeddedDatabase.USER + " password '" + password + "'\n")
                .getBytes(StandardCharsets.UTF_8));
        single.getOutputStream().close();
        String output = new String(single.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!single.waitFor(2, TimeUnit.MINUTES) || single.exitValue() != 0 || output.contains("ERROR")) {
                throw new IllegalStateException("Setting the database password failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while setting the database password", e);
        }
    }
}
