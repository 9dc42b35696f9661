package no.sirkel;

import java.nio.file.Path;
import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import no.sirkel.database.BackupCommand;
import no.sirkel.optimizer.cli.SolveCommand;

/**
 * Starts the service; with {@code solve PROBLEM.json --seconds N [--out PLAN.json]} runs the optimizer on a problem
 * file without starting the service or its database; with {@code backup FILE} or {@code restore FILE} backs up or
 * restores the embedded database in {@code SIRKEL_DATA_DIR}.
 *
 * <p>Each direct subpackage is a module: a feature, or one of the shared kernels {@code web}, {@code geo} and
 * {@code security} that every feature may use. {@code package-info.java} of each module says what it is and which
 * modules it may depend on; {@code ModuleStructureTest} verifies it. The optimizer ({@code no.sirkel.optimizer}) is a
 * library of its own, used only through its declared API.
 */
@SpringBootApplication
@Modulithic(systemName = "Sirkel", sharedModules = {"web", "geo", "security"})
public class SirkelApplication {

    private static final String SOLVE = "solve";

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(SOLVE)) {
            System.setProperty("logback.configurationFile", "logback-cli.xml");
            System.exit(SolveCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        if (args.length > 0 && (args[0].equals(BackupCommand.BACKUP) || args[0].equals(BackupCommand.RESTORE))) {
            System.setProperty("logback.configurationFile", "logback-cli.xml");
            if (!System.getenv().getOrDefault("SIRKEL_DB_URL", "").isBlank()) {
                System.err.println("backup and restore are for the embedded database; SIRKEL_DB_URL names a server of "
                        + "your own: use its pg_dump and pg_restore");
                System.exit(2);
            }
            String dataDirectory = System.getenv().getOrDefault("SIRKEL_DATA_DIR", "./data");
            System.exit(BackupCommand.run(args, Path.of(dataDirectory), System.out, System.err));
        }
        SpringApplication.run(SirkelApplication.class, args);
    }
}
