package no.sirkel.optimizer.problem;

/**
 * Problem-wide parameters. Units: NOK, tonnes, road kilometres, kilograms of CO2.
 *
 * @param objective               what to minimise
 * @param costPerTonneKm          NOK per tonne per road km, covering the empty return (≥ 0)
 * @param co2KgPerTonneKm         kg CO2 per tonne-km, for reporting only (≥ 0)
 * @param fixedCostPerRoute       NOK charged once per supply→demand pair that carries any tonnes, unless its route
 *                                gives its own {@code fixedCost} (≥ 0)
 * @param roadFactor              road km per great-circle km where no route is listed (≥ 1)
 * @param maxHaulKm               longest supply→demand haul in road km, or null for no limit (> 0)
 * @param truckPayloadTonnes      tonnes per truck, for truck-trip counts (> 0)
 * @param unplacedPenaltyPerTonne NOK per tonne of supply with no match and no eligible disposal site (≥ 0)
 * @param unmetPenaltyPerTonne    NOK per tonne of demand with no match and no eligible virgin source (≥ 0)
 * @param horizon                 the dates planned over, which makes the problem version 2; null for version 1
 * @param periodLength            how a version 2 horizon is cut into periods ({@link PeriodLength#MONTH} by default)
 */
public record Parameters(Objective objective, double costPerTonneKm, double co2KgPerTonneKm, double fixedCostPerRoute,
                         double roadFactor, Double maxHaulKm, double truckPayloadTonnes,
                         double unplacedPenaltyPerTonne, double unmetPenaltyPerTonne, Horizon horizon,
                         PeriodLength periodLength) {

    public static final PeriodLength DEFAULT_PERIOD_LENGTH = PeriodLength.MONTH;

    /** Version 1 parameters: no horizon. */
    public Parameters(Objective objective, double costPerTonneKm, double co2KgPerTonneKm, double fixedCostPerRoute,
                      double roadFactor, Double maxHaulKm, double truckPayloadTonnes,
                      double unplacedPenaltyPerTonne, double unmetPenaltyPerTonne) {
        this(objective, costPerTonneKm, co2KgPerTonneKm, fixedCostPerRoute, roadFactor, maxHaulKm, truckPayloadTonnes,
                unplacedPenaltyPerTonne, unmetPenaltyPerTonne, null, DEFAULT_PERIOD_LENGTH);
    }

    public static final Objective DEFAULT_OBJECTIVE = Objective.COST;
    public static final double DEFAULT_COST_PER_TONNE_KM = 2.0;
    public static final double DEFAULT_CO2_KG_PER_TONNE_KM = 0.09;
    public static final double DEFAULT_FIXED_COST_PER_ROUTE = 0;
    public static final double DEFAULT_ROAD_FACTOR = 1.3;
    public static final double DEFAULT_TRUCK_PAYLOAD_TONNES = 17;
    public static final double DEFAULT_UNPLACED_PENALTY_PER_TONNE = 100_000;
    public static final double DEFAULT_UNMET_PENALTY_PER_TONNE = 100_000;

    /** The contract's defaults: COST, 2.0 NOK/t·km, 0.09 kg/t·km, no fixed cost, road factor 1.3, no haul limit, 17 t trucks, 100,000 NOK/t penalties. */
    public static Parameters defaults() {
        return new Parameters(DEFAULT_OBJECTIVE, DEFAULT_COST_PER_TONNE_KM, DEFAULT_CO2_KG_PER_TONNE_KM,
                DEFAULT_FIXED_COST_PER_ROUTE, DEFAULT_ROAD_FACTOR, null, DEFAULT_TRUCK_PAYLOAD_TONNES,
                DEFAULT_UNPLACED_PENALTY_PER_TONNE, DEFAULT_UNMET_PENALTY_PER_TONNE);
    }
}
