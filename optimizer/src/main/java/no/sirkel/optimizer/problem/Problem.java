package no.sirkel.optimizer.problem;

import java.util.List;

/**
 * A matching problem in the optimizer problem format: version 1 (static) where {@code parameters.horizon} is null,
 * version 2 (periods, storage hubs, capacities) where it is set. Build it from JSON with {@link ProblemReader}, or
 * directly and check it with {@link ProblemValidator}.
 *
 * @param name          free text carried into the plan, may be null
 * @param parameters    problem-wide parameters
 * @param supplies      surplus materials
 * @param demands       needs for material
 * @param disposalSites where unmatched supply may go
 * @param virginSources where unmet demand may be bought
 * @param routes        known road distances and fixed costs (an empty list where none are known)
 * @param storageHubs   version 2 only: intermediate storage sites (an empty list where none)
 */
public record Problem(String name, Parameters parameters, List<Supply> supplies, List<Demand> demands,
                      List<DisposalSite> disposalSites, List<VirginSource> virginSources, List<Route> routes,
                      List<StorageHub> storageHubs) {

    /** A problem without storage hubs. */
    public Problem(String name, Parameters parameters, List<Supply> supplies, List<Demand> demands,
                   List<DisposalSite> disposalSites, List<VirginSource> virginSources, List<Route> routes) {
        this(name, parameters, supplies, demands, disposalSites, virginSources, routes, List.of());
    }
}
