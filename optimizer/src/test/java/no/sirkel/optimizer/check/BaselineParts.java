package no.sirkel.optimizer.check;

import tools.jackson.databind.JsonNode;

/**
 * Checks the cost parts a plan's baseline states beside its cost (plans written before them have none): every money
 * part is there, the parts and the penalty add up to the baseline's cost, the penalty is the penalty tonnes at the
 * problem's penalties per tonne, and the penalty tonnes are what the checker works out where it can.
 */
final class BaselineParts {

    private static final String[] MONEY = {"transportCost", "fixedCost", "disposalCost", "virginCost", "handlingCost",
            "openingCost"};

    private BaselineParts() {
    }

    /**
     * @param expectedUnplaced the supply tonnes no landfill can take, or null where the checker cannot tell
     * @param expectedUnmet    the demand tonnes no quarry can deliver, or null where the checker cannot tell
     */
    static void check(FieldReader reader, JsonNode baseline, ContractProblem.Parameters parameters,
                      Double expectedUnplaced, Double expectedUnmet) {
        if (FieldReader.absent(baseline, "transportCost")) {
            return;
        }
        double money = 0;
        for (String part : MONEY) {
            Double value = reader.requiredNumber(baseline, part, "baseline");
            money += value == null ? 0 : value;
        }
        Double unplaced = tonnes(reader, baseline, "unplacedTonnes", expectedUnplaced);
        Double unmet = tonnes(reader, baseline, "unmetTonnes", expectedUnmet);
        Double penalty = unplaced == null || unmet == null ? reader.requiredNumber(baseline, "penaltyCost", "baseline")
                : reader.expectField(baseline, "baseline", "penaltyCost", unplaced * parameters.unplacedPenaltyPerTonne()
                        + unmet * parameters.unmetPenaltyPerTonne());
        Double cost = reader.requiredNumber(baseline, "cost", "baseline");
        if (cost != null && penalty != null && !Tolerance.close(cost, money + penalty)) {
            reader.add("baseline.penaltyCost", "and the money parts add up to " + Tolerance.format(money + penalty)
                    + ", not the baseline's cost " + Tolerance.format(cost));
        }
    }

    private static Double tonnes(FieldReader reader, JsonNode baseline, String name, Double expected) {
        return expected == null ? reader.requiredNumber(baseline, name, "baseline")
                : reader.expectField(baseline, "baseline", name, expected);
    }
}
