package no.sirkel.optimizer.network;

import no.sirkel.optimizer.rules.GreatCircle;
import java.util.HashMap;
import java.util.Map;

import no.sirkel.optimizer.problem.Problem;
import no.sirkel.optimizer.problem.Route;

/**
 * {@code km(a, b)} of the problem format: the km of the route listed from a to b where there is one; otherwise, where
 * both have coordinates, the great-circle distance times the road factor; otherwise NaN (not connected).
 */
public final class RoadDistances {

    private final Map<String, Route> routesByEnds = new HashMap<>();
    private final double roadFactor;

    public RoadDistances(Problem problem) {
        this.roadFactor = problem.parameters().roadFactor();
        for (Route route : problem.routes()) {
            routesByEnds.put(key(route.from(), route.to()), route);
        }
    }

    /** Road km from a to b, or NaN where they are not connected. Coordinates are WGS84 degrees or null. */
    public double km(String fromId, Double fromLat, Double fromLon, String toId, Double toLat, Double toLon) {
        Route route = route(fromId, toId);
        return route != null ? route.km() : estimatedKm(fromLat, fromLon, toLat, toLon);
    }

    /** The route listed from a to b, or null. */
    public Route route(String fromId, String toId) {
        return routesByEnds.get(key(fromId, toId));
    }

    /** Great-circle km × road factor, or NaN where a position is missing. */
    public double estimatedKm(Double fromLat, Double fromLon, Double toLat, Double toLon) {
        if (fromLat == null || toLat == null) {
            return Double.NaN;
        }
        return GreatCircle.km(fromLat, fromLon, toLat, toLon) * roadFactor;
    }

    private static String key(String fromId, String toId) {
        return fromId + "\n" + toId;
    }
}
