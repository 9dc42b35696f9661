package no.sirkel.optimizer.check;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A small hand-made problem and its plan, worked out by hand from the contract. Distances all come from routes, so
 * every number below can be recomputed with pencil and paper:
 *
 * <ul>
 *   <li>S1 (1000 t CLAY, class 1) sends 600 t to D1 over 30 km with a route fixed cost of 500: 2 × 30 × 600 + 500 =
 *       36,500 NOK, 60 trips of 10 t, 1,800 kg CO2. Its 400 t left go to L2 (300 + 2 × 20 = 340 NOK/t), cheaper than
 *       L1 (340 + 2 × 5 = 350 NOK/t).</li>
 *   <li>S2 (500 t SAND, class 3) sends all to D2 over 10 km (fixedCostPerRoute 1000): 11,000 NOK. S2 → D1 has a route
 *       but class 3 is above D1's maximum 2.</li>
 *   <li>S3 (200 t SLAG) fits no disposal site: 200 × 100,000 penalty.</li>
 *   <li>D2 (800 t) gets 300 t from Q1 over 25 km (150 + 50 = 200 NOK/t); D3 (100 t PEAT) has no source: penalty.</li>
 * </ul>
 *
 * Totals: transport 36,000 + 10,000 + 16,000 + 15,000 = 77,000; fixed 1,500; disposal 120,000; virgin 45,000;
 * penalty 30,000,000; cost 30,243,500; tonne-km 38,500; trips 60 + 50 + 40 + 30 + 20 + 10 = 210 (the contract counts
 * every listed flow, penalty remainders included). Baseline: 340,000 + 158,000 + 20,000,000 + 104,400 + 160,000 +
 * 10,000,000 = 30,762,400 NOK, 51,200 tonne-km, 100 + 50 + 20 + 60 + 80 + 10 = 320 trips.
 */
final class PlanFixtures {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static final String PROBLEM = """
            {
              "name": "hand-made",
              "parameters": {"objective": "COST", "costPerTonneKm": 2.0, "co2KgPerTonneKm": 0.1,
                             "fixedCostPerRoute": 1000, "roadFactor": 1.3, "maxHaulKm": 50, "truckPayloadTonnes": 10,
                             "unplacedPenaltyPerTonne": 100000, "unmetPenaltyPerTonne": 100000},
              "supplies": [
                {"id": "S1", "material": "CLAY", "contaminationClass": 1, "tonnes": 1000,
                 "availableFrom": "2027-03-01", "availableTo": "2027-06-30"},
                {"id": "S2", "material": "SAND", "contaminationClass": 3, "tonnes": 500},
                {"id": "S3", "material": "SLAG", "contaminationClass": null, "tonnes": 200}],
              "demands": [
                {"id": "D1", "accepts": ["CLAY", "SAND"], "maxContaminationClass": 2, "tonnes": 600,
                 "neededFrom": "2027-05-01", "neededTo": "2027-09-30", "maxHaulKm": 40},
                {"id": "D2", "accepts": ["SAND", "CRUSHED_ROCK"], "tonnes": 800},
                {"id": "D3", "accepts": ["PEAT"], "tonnes": 100}],
              "disposalSites": [
                {"id": "L1", "accepts": ["CLAY"], "maxContaminationClass": 2, "gateFeePerTonne": 340},
                {"id": "L2", "accepts": ["SAND", "CLAY"], "maxContaminationClass": 5, "gateFeePerTonne": 300}],
              "virginSources": [
                {"id": "Q1", "materials": ["CRUSHED_ROCK", "SAND"], "pricePerTonne": 150}],
              "routes": [
                {"from": "S1", "to": "D1", "km": 30, "fixedCost": 500},
                {"from": "S2", "to": "D1", "km": 20},
                {"from": "S2", "to": "D2", "km": 10, "fixedCost": null},
                {"from": "S1", "to": "L1", "km": 5},
                {"from": "S1", "to": "L2", "km": 20},
                {"from": "S2", "to": "L2", "km": 8},
                {"from": "S3", "to": "L1", "km": 1},
                {"from": "S3", "to": "L2", "km": 1},
                {"from": "Q1", "to": "D1", "km": 12},
                {"from": "Q1", "to": "D2", "km": 25},
                {"from": "Q1", "to": "D3", "km": 3}]
            }
            """;

    static final String PLAN = """
            {
              "problem": "hand-made",
              "matches": [
                {"supply": "S1", "demand": "D1", "tonnes": 600, "km": 30, "truckTrips": 60, "cost": 36500,
                 "co2Kg": 1800},
                {"supply": "S2", "demand": "D2", "tonnes": 500, "km": 10, "truckTrips": 50, "cost": 11000,
                 "co2Kg": 500}],
              "disposals": [
                {"supply": "S1", "site": "L2", "tonnes": 400, "km": 20},
                {"supply": "S3", "site": null, "tonnes": 200, "km": null}],
              "virginDeliveries": [
                {"demand": "D2", "source": "Q1", "tonnes": 300, "km": 25},
                {"demand": "D3", "source": null, "tonnes": 100, "km": null}],
              "totals": {"cost": 30243500, "transportCost": 77000, "fixedCost": 1500, "disposalCost": 120000,
                         "virginCost": 45000, "penaltyCost": 30000000, "tonneKm": 38500, "co2Kg": 3850,
                         "truckTrips": 210, "reusedTonnes": 1100, "reuseRate": 0.6470588235294118},
              "baseline": {"cost": 30762400, "tonneKm": 51200, "co2Kg": 5120, "truckTrips": 320},
              "greedy": {"cost": 30300000},
              "lowerBound": 30200000,
              "gapPercent": 0.14403973509933775,
              "score": "0hard/-30243500soft",
              "solveSeconds": 0.5
            }
            """;

    private PlanFixtures() {
    }

    static ObjectNode problem() {
        return (ObjectNode) JSON.readTree(PROBLEM);
    }

    static ObjectNode plan() {
        return (ObjectNode) JSON.readTree(PLAN);
    }

    static ObjectNode at(JsonNode root, String pointer) {
        return (ObjectNode) root.at(pointer);
    }
}
