package no.sirkel.optimizer.problem;

import java.util.List;

/**
 * A matching problem in the optimizer problem format, version 1. Build it from JSON with {@link ProblemReader}, or
 * directly and check it with {@link ProblemValidator}.
 *
 * @param name          free text carried into the plan, may be null
 * @param parameters    problem-wide parameters
 * @param supplies      surplus materials
 * @param demands       needs for material
 * @param disposalSites where unmatched supply may go
 * @param virginSources where unmet demand may be bought
 * @param routes        known road distances and fixed costs (an empty list where none are known)
 */
public record Problem(String name, Parameters parameters, List<Supply> supplies, List<Demand> demands,
                      List<DisposalSite> disposalSites, List<VirginSource> virginSources, List<Route> routes) {
}
