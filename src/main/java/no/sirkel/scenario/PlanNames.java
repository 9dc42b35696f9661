package no.sirkel.scenario;

import java.util.Map;

/**
 * The names a reader sees for a plan's ids: a listing by its site and company, a landfill, quarry or registered hub
 * by its name, a candidate hub by the name the planner gave it (or its id); materials by their name in the reader's
 * language. An id or code without a name here is shown without one.
 */
record PlanNames(Map<String, String> places, Map<String, String> materials) {

    /** The place's name; a listing's stretch ({@link Snapshot#listingId}) is named as its listing. */
    String place(String id) {
        return id == null ? null : places.get(Snapshot.listingId(id));
    }

    String material(String code) {
        return code == null ? null : materials.get(code);
    }
}
