package no.sirkel.scenario;

import java.time.LocalDate;
import java.util.List;

import no.sirkel.geo.Region;
import no.sirkel.optimizer.problem.Parameters;
import tools.jackson.databind.JsonNode;

/**
 * A validated scenario request.
 *
 * @param region     the area whose listings and facilities are planned, or null for everywhere
 * @param regionJson the region as the planner gave it (GeoJSON Polygon), kept for display
 * @param materials  material codes to plan, or null for every material
 * @param seconds    how long the solver may run
 */
record ScenarioSpec(String name, LocalDate from, LocalDate to, Region region, JsonNode regionJson,
                    List<String> materials, Parameters parameters, int seconds) {
}
