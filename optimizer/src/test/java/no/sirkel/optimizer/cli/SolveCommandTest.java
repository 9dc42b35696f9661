package no.sirkel.optimizer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SolveCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void writesThePlanToTheOutputAndReportsOnTheErrorStream() {
        int exit = run(resource("small.json"), "--seconds", "1.5", "--threads", "1");

        assertThat(exit).isZero();
        JsonNode plan = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(plan.get("problem").stringValue()).isEqualTo("small");
        assertThat(plan.get("matches").size()).isPositive();
        assertThat(plan.at("/totals/cost").doubleValue()).isLessThanOrEqualTo(plan.at("/greedy/cost").doubleValue());
        assertThat(stderr()).contains("best ").contains("gap ").contains("done in ");
    }

    @Test
    void reportsTheFinalBestEvenWhenTheSolveEndsBeforeTheFirstTick() {
        int exit = run(resource("small.json"), "--seconds", "0.3", "--threads", "1");

        assertThat(exit).isZero();
        assertThat(stderr()).contains("best ").contains("done in ");
        assertThat(stderr().indexOf("best ")).isLessThan(stderr().indexOf("done in "));
    }

    @Test
    void refusesAVersion2ProblemNamingEveryBrokenField(@TempDir Path dir) throws Exception {
        Path problem = dir.resolve("problem.json");
        Files.writeString(problem, Files.readString(Path.of(resource("v2/I.json")))
                .replace("\"capacityTonnes\": 5000", "\"capacityTonnes\": 900"));

        assertThat(run(problem.toString(), "--seconds", "1")).isEqualTo(2);
        assertThat(stderr()).contains("storageHubs[0].initialStock holds 1000 t together, more than capacityTonnes 900");
    }

    @Test
    void solvesAVersion2ProblemIntoAVersion2Plan() throws Exception {
        assertThat(run(resource("v2/A.json"), "--seconds", "2")).isZero();

        JsonNode plan = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(plan.at("/totals/cost").doubleValue()).isEqualTo(116_200, within(0.01));
        assertThat(plan.at("/flows/0/kind").asString()).isEqualTo("TO_HUB");
    }

    @Test
    void writesThePlanToTheOutFile(@TempDir Path dir) throws Exception {
        Path planFile = dir.resolve("plan.json");

        int exit = run(resource("contract-example.json"), "--seconds", "1", "--out", planFile.toString());

        assertThat(exit).isZero();
        assertThat(out.size()).isZero();
        JsonNode plan = JsonMapper.builder().build().readTree(Files.readString(planFile));
        assertThat(plan.at("/matches/0/cost").doubleValue()).isEqualTo(505_000);
    }

    @Test
    void solvesTheReadmesWorkedExampleToItsNumbers(@TempDir Path dir) throws Exception {
        Path planFile = dir.resolve("plan.json");

        assertThat(run(resource("worked-example.json"), "--seconds", "1", "--out", planFile.toString())).isZero();

        JsonNode plan = JsonMapper.builder().build().readTree(Files.readString(planFile));
        assertThat(plan.at("/totals/cost").doubleValue()).isEqualTo(91_600);
        assertThat(plan.at("/totals/truckTrips").longValue()).isEqualTo(113);
        assertThat(plan.at("/baseline/cost").doubleValue()).isEqualTo(772_000);
        assertThat(plan.at("/lowerBound").doubleValue()).isBetween(91_537.49, 91_537.5);
        assertThat(plan.at("/score").stringValue()).isEqualTo("0hard/-91600soft");
    }

    @Test
    void refusesAnInvalidProblemNamingEveryBrokenField() {
        int exit = run(resource("invalid.json"), "--seconds", "1");

        assertThat(exit).isEqualTo(2);
        assertThat(out.size()).isZero();
        assertThat(stderr()).contains("parameters.objective must be COST or TONNE_KM",
                "parameters.roadFactor must be >= 1", "supplies[0].tonnes must be > 0",
                "demands[0].id \"S1\" is already used by supplies[0]", "demands[0].lat must be between -90 and 90");
    }

    @Test
    void refusesMissingSeconds() {
        assertThat(run(resource("small.json"))).isEqualTo(2);
        assertThat(stderr()).contains("--seconds is required", SolveCommand.USAGE);
    }

    @Test
    void refusesSecondsThatAreNotAPositiveNumber() {
        assertThat(run(resource("small.json"), "--seconds", "soon")).isEqualTo(2);
        assertThat(stderr()).contains("--seconds must be a number > 0, was soon", SolveCommand.USAGE);
    }

    @Test
    void refusesZeroThreads() {
        assertThat(run(resource("small.json"), "--seconds", "1", "--threads", "0")).isEqualTo(2);
        assertThat(stderr()).contains("--threads must be a whole number > 0, was 0");
    }

    @Test
    void refusesAnUnknownOption() {
        assertThat(run(resource("small.json"), "--seconds", "1", "--fast")).isEqualTo(2);
        assertThat(stderr()).contains("unknown option --fast", SolveCommand.USAGE);
    }

    @Test
    void refusesAMissingProblemFile() {
        assertThat(run("no-such-problem.json", "--seconds", "1")).isEqualTo(2);
        assertThat(stderr()).contains("no such file: no-such-problem.json");
    }

    @Test
    void refusesNoArguments() {
        assertThat(run()).isEqualTo(2);
        assertThat(stderr()).contains("no problem file given", SolveCommand.USAGE);
    }

    private int run(String... args) {
        return SolveCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static String resource(String name) {
        try {
            return Path.of(SolveCommandTest.class.getResource("/problems/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
