package no.sirkel.optimizer.problem;

/**
 * Processing a storage hub applies on the way in, such as crushing blasted rock into aggregate.
 *
 * @param from        material code taken in
 * @param to          material code stored (≠ {@code from})
 * @param feePerTonne NOK per tonne processed (≥ 0), on top of the hub's handling fee
 */
public record HubProcess(String from, String to, double feePerTonne) {
}
