package no.sirkel.optimizer.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class ProblemReaderTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @Test
    void readsTheContractExample() {
        Problem problem = ProblemReader.read(example());

        assertThat(problem.name()).isEqualTo("trondheim-2027");
        assertThat(problem.parameters()).isEqualTo(new Parameters(Objective.COST, 2.0, 0.09, 3000, 1.3, 80.0, 17,
                100000, 100000));
        assertThat(problem.supplies()).containsExactly(new Supply("S1", 63.43, 10.39, "CLAY", 1, 12000,
                LocalDate.of(2027, 3, 1), LocalDate.of(2027, 6, 30)));
        assertThat(problem.demands()).containsExactly(new Demand("D1", 63.29, 10.28, List.of("CLAY", "SILT"), 2, 8000,
                LocalDate.of(2027, 5, 1), LocalDate.of(2027, 9, 30), 40.0));
        assertThat(problem.disposalSites()).containsExactly(new DisposalSite("L1", 63.31, 9.85, null, 5, 340));
        assertThat(problem.virginSources()).containsExactly(new VirginSource("Q1", 63.27, 10.51,
                List.of("CRUSHED_ROCK", "SAND"), 150));
        assertThat(problem.routes()).containsExactly(new Route("S1", "D1", 31.5, 1000.0));
    }

    @Test
    void fillsContractDefaultsForLeftOutAndNullFields() {
        ObjectNode json = exampleTree();
        json.remove("parameters");
        json.remove("routes");
        ObjectNode supply = (ObjectNode) json.at("/supplies/0");
        supply.remove("contaminationClass");
        supply.putNull("availableTo");

        Problem problem = read(json);

        assertThat(problem.parameters()).isEqualTo(Parameters.defaults());
        assertThat(problem.parameters()).isEqualTo(new Parameters(Objective.COST, 2.0, 0.09, 0, 1.3, null, 17,
                100000, 100000));
        assertThat(problem.routes()).isEmpty();
        assertThat(problem.supplies().get(0).contaminationClass()).isNull();
        assertThat(problem.supplies().get(0).availableTo()).isNull();
    }

    @Test
    void readsNullParametersAsDefaults() {
        ObjectNode json = exampleTree();
        ((ObjectNode) json.get("parameters")).putNull("costPerTonneKm");
        ((ObjectNode) json.get("parameters")).putNull("maxHaulKm");

        Problem problem = read(json);

        assertThat(problem.parameters().costPerTonneKm()).isEqualTo(2.0);
        assertThat(problem.parameters().maxHaulKm()).isNull();
    }

    @Test
    void acceptsPlacesWithoutCoordinates() {
        ObjectNode json = exampleTree();
        ((ObjectNode) json.at("/supplies/0")).remove(List.of("lat", "lon"));

        assertThat(read(json).supplies().get(0).lat()).isNull();
    }

    @Test
    void refusesMalformedJson() {
        assertRefused("{\"name\": \"x\", ", "malformed JSON");
    }

    @Test
    void refusesDuplicateJsonKeys() {
        assertRefused("{\"name\": \"a\", \"name\": \"b\"}", "malformed JSON");
    }

    @Test
    void refusesAProblemThatIsNotAnObject() {
        assertRefused("[]", "the problem must be a JSON object");
    }

    @Test
    void refusesSupplyWithNegativeTonnes() {
        assertRefused(with("/supplies/0", "tonnes", -5), "supplies[0].tonnes must be > 0");
    }

    @Test
    void refusesSupplyWithZeroTonnes() {
        assertRefused(with("/supplies/0", "tonnes", 0), "supplies[0].tonnes must be > 0");
    }

    @Test
    void refusesDemandWithoutTonnes() {
        ObjectNode json = exampleTree();
        ((ObjectNode) json.at("/demands/0")).remove("tonnes");
        assertRefused(json, "demands[0].tonnes is required");
    }

    @Test
    void refusesTonnesGivenAsText() {
        assertRefused(with("/supplies/0", "tonnes", "12000"), "supplies[0].tonnes must be a number");
    }

    @Test
    void refusesLatitudeOutOfRange() {
        assertRefused(with("/supplies/0", "lat", 91), "supplies[0].lat must be between -90 and 90");
    }

    @Test
    void refusesLongitudeOutOfRange() {
        assertRefused(with("/disposalSites/0", "lon", -180.5), "disposalSites[0].lon must be between -180 and 180");
    }

    @Test
    void refusesLatitudeWithoutLongitude() {
        ObjectNode json = exampleTree();
        ((ObjectNode) json.at("/virginSources/0")).remove("lon");
        assertRefused(json, "virginSources[0].lon is required when lat is given");
    }

    @Test
    void refusesContaminationClassAboveFive() {
        assertRefused(with("/supplies/0", "contaminationClass", 6), "supplies[0].contaminationClass must be between 1 and 5");
    }

    @Test
    void refusesContaminationClassBelowOne() {
        assertRefused(with("/demands/0", "maxContaminationClass", 0),
                "demands[0].maxContaminationClass must be between 1 and 5");
    }

    @Test
    void refusesFractionalContaminationClass() {
        assertRefused(with("/disposalSites/0", "maxContaminationClass", 2.5),
                "disposalSites[0].maxContaminationClass must be a whole number");
    }

    @Test
    void refusesAvailabilityEndingBeforeItStarts() {
        assertRefused(with("/supplies/0", "availableTo", "2027-02-01"),
                "supplies[0].availableFrom must not be after availableTo");
    }

    @Test
    void refusesNeedEndingBeforeItStarts() {
        assertRefused(with("/demands/0", "neededFrom", "2027-10-01"), "demands[0].neededFrom must not be after neededTo");
    }

    @Test
    void refusesDatesNotInIsoFormat() {
        assertRefused(with("/demands/0", "neededTo", "30.09.2027"), "demands[0].neededTo must be a date yyyy-mm-dd");
    }

    @Test
    void refusesImpossibleDates() {
        assertRefused(with("/supplies/0", "availableFrom", "2027-02-30"),
                "supplies[0].availableFrom must be a date yyyy-mm-dd");
    }

    @Test
    void refusesIdsRepeatedAcrossLists() {
        assertRefused(with("/virginSources/0", "id", "S1"), "virginSources[0].id \"S1\" is already used by supplies[0]");
    }

    @Test
    void refusesEmptyId() {
        assertRefused(with("/demands/0", "id", ""), "demands[0].id must not be empty",
                "routes[0].to \"D1\" is not the id of a supply, demand, disposal site or virgin source");
    }

    @Test
    void refusesMissingId() {
        ObjectNode json = exampleTree();
        ((ObjectNode) json.at("/disposalSites/0")).remove("id");
        assertRefused(json, "disposalSites[0].id is required");
    }

    @Test
    void refusesRouteToUnknownId() {
        assertRefused(with("/routes/0", "to", "D9"),
                "routes[0].to \"D9\" is not the id of a supply, demand, disposal site or virgin source");
    }

    @Test
    void refusesRouteWithNegativeKm() {
        assertRefused(with("/routes/0", "km", -1), "routes[0].km must be >= 0");
    }

    @Test
    void refusesRouteWithNegativeFixedCost() {
        assertRefused(with("/routes/0", "fixedCost", -1), "routes[0].fixedCost must be >= 0");
    }

    @Test
    void refusesTheSameRouteListedTwice() {
        ObjectNode json = exampleTree();
        ((ArrayNode) json.get("routes")).add(json.at("/routes/0").deepCopy());
        assertRefused(json, "routes[1] repeats the route from \"S1\" to \"D1\"");
    }

    @Test
    void refusesEmptyAcceptsList() {
        assertRefused(with("/demands/0", "accepts", MAPPER.createArrayNode()), "demands[0].accepts must not be empty");
    }

    @Test
    void refusesEmptyDisposalAcceptsList() {
        assertRefused(with("/disposalSites/0", "accepts", MAPPER.createArrayNode()),
                "disposalSites[0].accepts must not be empty (null means every material)");
    }

    @Test
    void refusesVirginSourceWithoutMaterials() {
        ObjectNode json = exampleTree();
        ((ObjectNode) json.at("/virginSources/0")).remove("materials");
        assertRefused(json, "virginSources[0].materials is required");
    }

    @Test
    void refusesNonTextMaterialCodes() {
        ArrayNode accepts = MAPPER.createArrayNode().add("CLAY").add(7);
        assertRefused(with("/demands/0", "accepts", accepts), "demands[0].accepts[1] must be a string");
    }

    @Test
    void refusesEmptyMaterialCode() {
        assertRefused(with("/supplies/0", "material", ""), "supplies[0].material must not be empty");
    }

    @Test
    void refusesNegativeGateFee() {
        assertRefused(with("/disposalSites/0", "gateFeePerTonne", -1), "disposalSites[0].gateFeePerTonne must be >= 0");
    }

    @Test
    void refusesNegativeVirginPrice() {
        assertRefused(with("/virginSources/0", "pricePerTonne", -0.5), "virginSources[0].pricePerTonne must be >= 0");
    }

    @Test
    void refusesDemandHaulLimitOfZero() {
        assertRefused(with("/demands/0", "maxHaulKm", 0), "demands[0].maxHaulKm must be > 0");
    }

    @Test
    void refusesUnknownObjective() {
        assertRefused(with("/parameters", "objective", "CO2"), "parameters.objective must be COST or TONNE_KM");
    }

    @Test
    void refusesRoadFactorBelowOne() {
        assertRefused(with("/parameters", "roadFactor", 0.9), "parameters.roadFactor must be >= 1");
    }

    @Test
    void refusesNegativeCostPerTonneKm() {
        assertRefused(with("/parameters", "costPerTonneKm", -2), "parameters.costPerTonneKm must be >= 0");
    }

    @Test
    void refusesNegativeCo2Factor() {
        assertRefused(with("/parameters", "co2KgPerTonneKm", -0.1), "parameters.co2KgPerTonneKm must be >= 0");
    }

    @Test
    void refusesNegativeFixedCostPerRoute() {
        assertRefused(with("/parameters", "fixedCostPerRoute", -1), "parameters.fixedCostPerRoute must be >= 0");
    }

    @Test
    void refusesHaulLimitOfZero() {
        assertRefused(with("/parameters", "maxHaulKm", 0), "parameters.maxHaulKm must be > 0");
    }

    @Test
    void refusesTruckPayloadOfZero() {
        assertRefused(with("/parameters", "truckPayloadTonnes", 0), "parameters.truckPayloadTonnes must be > 0");
    }

    @Test
    void refusesNegativePenalties() {
        ObjectNode json = with("/parameters", "unplacedPenaltyPerTonne", -1);
        ((ObjectNode) json.get("parameters")).put("unmetPenaltyPerTonne", -1);
        assertRefused(json, "parameters.unplacedPenaltyPerTonne must be >= 0", "parameters.unmetPenaltyPerTonne must be >= 0");
    }

    @Test
    void refusesMissingSupplyList() {
        ObjectNode json = exampleTree();
        json.remove("supplies");
        assertRefused(json, "supplies is required",
                "routes[0].from \"S1\" is not the id of a supply, demand, disposal site or virgin source");
    }

    @Test
    void refusesAListElementThatIsNotAnObject() {
        ObjectNode json = exampleTree();
        ((ArrayNode) json.get("demands")).add(5);
        assertRefused(json, "demands[1] must be an object");
    }

    @Test
    void refusesFieldsTheFormatDoesNotKnow() {
        assertRefused(with("/supplies/0", "tonne", 5), "supplies[0].tonne is not a field of the problem format");
    }

    @Test
    void namesEveryBrokenFieldAtOnceAndEachOnlyOnce() {
        ObjectNode json = with("/supplies/0", "tonnes", -1);
        ((ObjectNode) json.at("/demands/0")).put("tonnes", "many");
        ((ObjectNode) json.at("/demands/0")).put("lat", 100);

        assertThatThrownBy(() -> read(json))
                .isInstanceOfSatisfying(InvalidProblemException.class, e -> assertThat(e.errors()).containsExactly(
                        "demands[0].tonnes must be a number",
                        "supplies[0].tonnes must be > 0",
                        "demands[0].lat must be between -90 and 90"));
    }

    @Test
    void readsAProblemFromText() {
        assertThat(ProblemReader.read(exampleTree().toString())).isEqualTo(ProblemReader.read(example()));
    }

    @Test
    void givesEachBrokenFieldAsAFieldAndAMessage() {
        assertThatThrownBy(() -> read(with("/supplies/0", "tonnes", -5)))
                .isInstanceOfSatisfying(InvalidProblemException.class, e -> assertThat(e.fieldErrors())
                        .containsExactly(new FieldError("supplies[0].tonnes", "must be > 0")));
    }

    @Test
    void readsBackWhatTheWriterWrites() {
        Problem problem = ProblemReader.read(example());
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ProblemWriter.write(problem, out);

        assertThat(ProblemReader.read(new ByteArrayInputStream(out.toByteArray()))).isEqualTo(problem);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"availableFrom\" : \"2027-03-01\"");
    }

    private static InputStream example() {
        return ProblemReaderTest.class.getResourceAsStream("/problems/contract-example.json");
    }

    private static ObjectNode exampleTree() {
        try (InputStream in = example()) {
            return (ObjectNode) MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode with(String pointer, String field, Object value) {
        ObjectNode json = exampleTree();
        ObjectNode target = (ObjectNode) json.at(pointer);
        if (value instanceof Integer number) {
            target.put(field, number);
        } else if (value instanceof Double number) {
            target.put(field, number);
        } else if (value instanceof String text) {
            target.put(field, text);
        } else {
            target.set(field, (JsonNode) value);
        }
        return json;
    }

    private static Problem read(JsonNode json) {
        return ProblemReader.read(new ByteArrayInputStream(json.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static void assertRefused(JsonNode json, String... expectedErrors) {
        assertThatThrownBy(() -> read(json)).isInstanceOfSatisfying(InvalidProblemException.class,
                e -> assertThat(e.errors()).containsExactly(expectedErrors));
    }

    private static void assertRefused(String json, String expectedStart) {
        assertThatThrownBy(() -> ProblemReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(InvalidProblemException.class,
                        e -> assertThat(e.errors()).singleElement().asString().startsWith(expectedStart));
    }
}
