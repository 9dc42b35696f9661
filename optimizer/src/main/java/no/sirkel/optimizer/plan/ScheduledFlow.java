package no.sirkel.optimizer.plan;

/**
 * A flow of a version 2 plan as a solver decides it, before its distance and costs are added to the plan.
 *
 * @param kind               what the flow does
 * @param from               id of the supply, hub or quarry it leaves
 * @param to                 id of the demand, hub or landfill it reaches
 * @param period             index of its period in the problem's periods
 * @param material           material code: as stored for {@code TO_HUB}, of the stock for {@code FROM_HUB} and
 *                           {@code DISPOSAL} from a hub; null on other flows
 * @param contaminationClass class of that stock (null counts as clean); null on flows without a material
 * @param processed          whether a {@code TO_HUB} flow is processed on the way in
 * @param tonnes             tonnes (> 0)
 */
public record ScheduledFlow(FlowKind kind, String from, String to, int period, String material,
                            Integer contaminationClass, boolean processed, double tonnes) {
}
