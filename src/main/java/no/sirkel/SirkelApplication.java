package no.sirkel;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import no.sirkel.optimizer.cli.SolveCommand;

/**
 * Starts the service, or with {@code solve PROBLEM.json --seconds N [--out PLAN.json]} runs the optimizer on a problem
 * file without starting the service or its database.
 */
@SpringBootApplication
public class SirkelApplication {

    private static final String SOLVE = "solve";

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(SOLVE)) {
            System.setProperty("logback.configurationFile", "logback-cli.xml");
            System.exit(SolveCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        SpringApplication.run(SirkelApplication.class, args);
    }
}
