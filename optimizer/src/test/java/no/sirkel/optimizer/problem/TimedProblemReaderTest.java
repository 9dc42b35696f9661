package no.sirkel.optimizer.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Reading and refusing format version 2: horizon, periods, storage hubs, capacities. */
class TimedProblemReaderTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @ParameterizedTest
    @ValueSource(strings = {"A", "A2", "A3", "A4", "E", "F", "G", "G2", "H", "I", "worked-example"})
    void readsEveryExampleAndWritesItBackUnchanged(String name) {
        Problem problem = ProblemReader.read(example(name).toString());

        assertThat(problem.parameters().horizon()).isNotNull();
        assertThat(ProblemReader.read(ProblemWriter.toJson(problem))).isEqualTo(problem);
    }

    @Test
    void readsAStorageHubWithItsProcessAndStock() {
        Problem problem = ProblemReader.read(example("I").toString());

        assertThat(problem.parameters().horizon())
                .isEqualTo(new Horizon(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31)));
        assertThat(problem.parameters().periodLength()).isEqualTo(PeriodLength.MONTH);
        assertThat(problem.storageHubs()).containsExactly(new StorageHub("H1", null, null, List.of("BLASTED_ROCK"), 2,
                5000, 10, null, List.of(new HubProcess("BLASTED_ROCK", "CRUSHED_ROCK", 5)),
                List.of(new HubStock("CRUSHED_ROCK", 1, 1000))));
    }

    @Test
    void readsCapacitiesOfLandfillsAndQuarries() {
        assertThat(ProblemReader.read(example("E").toString()).disposalSites())
                .extracting(DisposalSite::capacityTonnes).containsExactly(1000.0, null);
        assertThat(ProblemReader.read(example("F").toString()).virginSources().get(0).capacityTonnes())
                .isEqualTo(600);
    }

    @Test
    void defaultsAHubsFeeProcessesStockAndAcceptsAndThePeriodLength() {
        ObjectNode json = example("A");
        ObjectNode hub = (ObjectNode) json.at("/storageHubs/0");
        hub.remove(List.of("handlingFeePerTonne", "processes", "initialStock", "accepts", "openingCost"));
        ((ObjectNode) json.get("parameters")).remove("periodLength");

        Problem problem = ProblemReader.read(json.toString());

        assertThat(problem.storageHubs().get(0)).isEqualTo(new StorageHub("H1", null, null, null, 2, 5000, 0, null,
                List.of(), List.of()));
        assertThat(problem.parameters().periodLength()).isEqualTo(PeriodLength.MONTH);
    }

    @Test
    void writesAVersion1ProblemWithoutAnyVersion2Field() {
        Problem problem = ProblemReader.read(
                ProblemReaderTest.class.getResourceAsStream("/problems/contract-example.json"));

        String json = ProblemWriter.toJson(problem);

        assertThat(json).doesNotContain("horizon", "periodLength", "storageHubs", "capacityTonnes");
        assertThat(ProblemReader.read(json)).isEqualTo(problem);
    }

    @Test
    void refusesAHubWithoutPositiveCapacity() {
        ObjectNode json = example("A");
        ((ArrayNode) json.get("storageHubs")).add(hub("H2").put("capacityTonnes", 0));
        ((ArrayNode) json.get("storageHubs")).add(hub("H3").put("capacityTonnes", -5));

        assertRefused(json, "storageHubs[1].capacityTonnes must be > 0", "storageHubs[2].capacityTonnes must be > 0");
    }

    @Test
    void refusesAHubWithoutCapacity() {
        ObjectNode json = example("A");
        ((ObjectNode) json.at("/storageHubs/0")).remove("capacityTonnes");

        assertRefused(json, "storageHubs[0].capacityTonnes is required");
    }

    @Test
    void refusesStorageHubsWithoutAHorizon() {
        ObjectNode json = example("A");
        ((ObjectNode) json.get("parameters")).remove(List.of("horizon", "periodLength"));

        assertRefused(json, "storageHubs need parameters.horizon");
    }

    @Test
    void refusesCapacitiesWithoutAHorizon() {
        ObjectNode json = example("E");
        ((ObjectNode) json.get("parameters")).remove(List.of("horizon", "periodLength"));
        ((ObjectNode) json.at("/disposalSites/1")).put("capacityTonnes", 50);

        assertRefused(json, "disposalSites[0].capacityTonnes needs parameters.horizon",
                "disposalSites[1].capacityTonnes needs parameters.horizon");
    }

    @Test
    void refusesNonPositiveLandfillAndQuarryCapacities() {
        ObjectNode json = example("A");
        ((ObjectNode) json.at("/disposalSites/0")).put("capacityTonnes", 0);
        ((ObjectNode) json.at("/virginSources/0")).put("capacityTonnes", -1);

        assertRefused(json, "disposalSites[0].capacityTonnes must be > 0", "virginSources[0].capacityTonnes must be > 0");
    }

    @Test
    void refusesASupplyWindowAfterTheHorizon() {
        ObjectNode json = example("A");
        ((ObjectNode) json.at("/supplies/0")).put("availableFrom", "2027-04-01").putNull("availableTo");

        assertRefused(json, "supplies[0].availableFrom makes the window share no day with parameters.horizon "
                + "(2027-01-01 to 2027-03-31)");
    }

    @Test
    void refusesADemandWindowBeforeTheHorizon() {
        ObjectNode json = example("A");
        ((ObjectNode) json.at("/demands/0")).put("neededFrom", "2026-11-01").put("neededTo", "2026-12-31");

        assertRefused(json, "demands[0].neededTo makes the window share no day with parameters.horizon "
                + "(2027-01-01 to 2027-03-31)");
    }

    @Test
    void acceptsAWindowThatSharesOneDayWithTheHorizon() {
        ObjectNode json = example("A");
        ((ObjectNode) json.at("/supplies/0")).put("availableFrom", "2026-11-01").put("availableTo", "2027-01-01");

        assertThat(ProblemReader.read(json.toString()).supplies().get(0).availableTo())
                .isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    void refusesInitialStockOverTheHubsCapacity() {
        ObjectNode json = example("I");
        ((ObjectNode) json.at("/storageHubs/0")).put("capacityTonnes", 900);

        assertRefused(json, "storageHubs[0].initialStock holds 1000 t together, more than capacityTonnes 900");
    }

    @Test
    void refusesInitialStockOnACandidateHub() {
        ObjectNode json = example("I");
        ((ObjectNode) json.at("/storageHubs/0")).put("openingCost", 5000);

        assertRefused(json, "storageHubs[0].initialStock must be empty on a candidate hub (one with an openingCost)");
    }

    @Test
    void refusesTwoProcessesFromOneMaterial() {
        ObjectNode json = example("A");
        ((ArrayNode) json.at("/storageHubs/0/processes")).addObject()
                .put("from", "BLASTED_ROCK").put("to", "SAND").put("feePerTonne", 3);

        assertRefused(json,
                "storageHubs[0].processes[1].from \"BLASTED_ROCK\" already has a process: storageHubs[0].processes[0]");
    }

    @Test
    void refusesAProcessIntoTheSameMaterial() {
        ObjectNode json = example("A");
        ((ObjectNode) json.at("/storageHubs/0/processes/0")).put("to", "BLASTED_ROCK");

        assertRefused(json, "storageHubs[0].processes[0].to must differ from from");
    }

    @Test
    void refusesAProcessWithoutItsMaterialsOrFee() {
        ObjectNode json = example("A");
        ((ObjectNode) json.at("/storageHubs/0/processes/0")).put("from", "").remove(List.of("to", "feePerTonne"));

        assertRefused(json, "storageHubs[0].processes[0].to is required",
                "storageHubs[0].processes[0].feePerTonne is required", "storageHubs[0].processes[0].from must not be empty");
    }

    @Test
    void refusesNegativeFeesAndOpeningCost() {
        ObjectNode json = example("A");
        ((ObjectNode) json.at("/storageHubs/0")).put("handlingFeePerTonne", -1).put("openingCost", -2);
        ((ObjectNode) json.at("/storageHubs/0/processes/0")).put("feePerTonne", -3);

        assertRefused(json, "storageHubs[0].handlingFeePerTonne must be >= 0", "storageHubs[0].openingCost must be >= 0",
                "storageHubs[0].processes[0].feePerTonne must be >= 0");
    }

    @Test
    void refusesBrokenStockEntries() {
        ObjectNode json = example("I");
        ArrayNode stock = (ArrayNode) json.at("/storageHubs/0/initialStock");
        ((ObjectNode) stock.get(0)).put("contaminationClass", 7);
        stock.addObject().put("material", "SAND").put("tonnes", 0);
        stock.addObject().put("material", "SAND").put("tonnes", 5);

        assertRefused(json, "storageHubs[0].initialStock[0].contaminationClass must be between 1 and 5",
                "storageHubs[0].initialStock[1].tonnes must be > 0",
                "storageHubs[0].initialStock[2] repeats the material and contaminationClass of "
                        + "storageHubs[0].initialStock[1]");
    }

    @Test
    void refusesAHubIdUsedByAnotherPlace() {
        ObjectNode json = example("A");
        ((ObjectNode) json.at("/storageHubs/0")).put("id", "L1");

        assertRefused(json, "storageHubs[0].id \"L1\" is already used by disposalSites[0]");
    }

    @Test
    void ignoresARouteBetweenIdsTheProblemDoesNotHave() {
        Problem problem = ProblemReader.read(example("G").toString());

        assertThat(problem.storageHubs()).isEmpty();
        assertThat(problem.routes()).extracting(Route::to).contains("H1");
    }

    @Test
    void refusesAnEmptyHubAcceptsList() {
        ObjectNode json = example("A");
        ((ObjectNode) json.at("/storageHubs/0")).set("accepts", MAPPER.createArrayNode());

        assertRefused(json, "storageHubs[0].accepts must not be empty (null means every material)");
    }

    @Test
    void refusesUnknownHubFields() {
        ObjectNode json = example("A");
        ((ObjectNode) json.at("/storageHubs/0")).put("capacity", 5);
        ((ObjectNode) json.at("/storageHubs/0/processes/0")).put("fee", 5);

        assertRefused(json, "storageHubs[0].capacity is not a field of the problem format",
                "storageHubs[0].processes[0].fee is not a field of the problem format");
    }

    @Test
    void refusesAHorizonThatIsNotAnObject() {
        ObjectNode json = example("A");
        ((ObjectNode) json.get("parameters")).put("horizon", "2027");

        assertRefused(json, "parameters.horizon must be an object", "storageHubs need parameters.horizon");
    }

    @Test
    void namesEveryBrokenFieldOfAVersion2ProblemAtOnce() {
        ObjectNode json = example("A");
        ((ObjectNode) json.at("/storageHubs/0")).put("capacityTonnes", -1).put("maxContaminationClass", 9);
        ((ObjectNode) json.at("/supplies/0")).put("tonnes", 0);
        ((ObjectNode) json.at("/disposalSites/0")).put("capacityTonnes", "lots");

        assertRefused(json, "disposalSites[0].capacityTonnes must be a number", "supplies[0].tonnes must be > 0",
                "storageHubs[0].maxContaminationClass must be between 1 and 5",
                "storageHubs[0].capacityTonnes must be > 0");
    }

    private static ObjectNode hub(String id) {
        ObjectNode hub = MAPPER.createObjectNode().put("id", id);
        hub.putNull("accepts");
        return hub;
    }

    static ObjectNode example(String name) {
        try (InputStream in = TimedProblemReaderTest.class.getResourceAsStream("/problems/v2/" + name + ".json")) {
            return (ObjectNode) MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertRefused(JsonNode json, String... expectedErrors) {
        assertThatThrownBy(() -> ProblemReader.read(json.toString())).isInstanceOfSatisfying(
                InvalidProblemException.class, e -> assertThat(e.errors()).containsExactly(expectedErrors));
    }
}
