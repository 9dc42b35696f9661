package no.sirkel.optimizer.problem;

/**
 * Material lying at a storage hub when the horizon begins.
 *
 * @param material           material code
 * @param contaminationClass 1..5, or null (counts as clean)
 * @param tonnes             tonnes (> 0)
 */
public record HubStock(String material, Integer contaminationClass, double tonnes) {
}
