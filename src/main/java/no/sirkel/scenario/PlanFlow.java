package no.sirkel.scenario;

import no.sirkel.geo.GeoPoint;

/**
 * One flow of a plan drawn as a line: the flow (kind, ends' ids, tonnes, km, truck trips, cost in NOK, CO2 in kg),
 * the material carried (a code, or null where the problem names none) and the WGS84 positions of its two ends.
 */
public record PlanFlow(PlanExports.Flow flow, String material, GeoPoint fromAt, GeoPoint toAt) {

    /** A stable id within the plan: kind, from and to, and in a plan over time the period and stored material. */
    public String id() {
        return flow.kind() + ":" + flow.from() + ":" + flow.to()
                + (flow.period() == null ? "" : ":" + flow.period() + ":" + flow.material());
    }
}
