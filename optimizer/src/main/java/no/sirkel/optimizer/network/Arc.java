package no.sirkel.optimizer.network;

/**
 * An eligible supply→demand pair, with its costs already expressed in the problem's objective.
 *
 * @param index        position in {@link Network#arcs()}, also the index into {@link Flows}
 * @param supply       supply index (0-based, in problem order)
 * @param demand       demand index (0-based, in problem order)
 * @param km           road kilometres between the two
 * @param costPerTonne objective cost of carrying one tonne along the pair (NOK/t for COST, km for TONNE_KM)
 * @param fixedCost    objective cost charged once when the pair carries any tonnes (0 for TONNE_KM)
 * @param savingPerTonne what one tonne on this pair saves against disposal plus virgin supply:
 *                       {@code disposalCostPerTonne(supply) + virginCostPerTonne(demand) - costPerTonne}
 */
public record Arc(int index, int supply, int demand, double km, double costPerTonne, double fixedCost,
                  double savingPerTonne) {
}
