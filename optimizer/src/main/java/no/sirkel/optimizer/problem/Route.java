package no.sirkel.optimizer.problem;

/**
 * A known road distance from one place to another; it replaces the great-circle estimate in that direction only.
 *
 * @param from      id of the place the material leaves
 * @param to        id of the place the material arrives
 * @param km        road kilometres (≥ 0)
 * @param fixedCost NOK charged once when this supply→demand pair carries any tonnes (≥ 0), or null for
 *                  {@link Parameters#fixedCostPerRoute()}
 */
public record Route(String from, String to, double km, Double fixedCost) {
}
