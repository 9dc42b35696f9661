package no.sirkel.scenario;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import no.sirkel.optimizer.problem.Problem;

/**
 * The marketplace as a scenario saw it: the optimizer problem (ids are listing and facility ids) and each listing's
 * version at that moment, so that proposals can tell later whether a listing changed since.
 */
record Snapshot(Problem problem, Map<String, Integer> listingVersions) {

    /** Between a listing's id and the first day of one of its stretches, in the id of that stretch in a problem. */
    private static final String STRETCH_SEPARATOR = "@";

    /**
     * The id a problem gives one stretch of a listing that deals left unevenly over time: the listing's id, the
     * separator and the stretch's first day ({@code yyyy-mm-dd}).
     */
    static String stretchId(UUID listingId, LocalDate first) {
        return listingId + STRETCH_SEPARATOR + first;
    }

    /** The listing (or facility) a problem's id stands for: the id itself, or the listing of a stretch's id. */
    static String listingId(String problemId) {
        int separator = problemId.indexOf(STRETCH_SEPARATOR);
        return separator < 0 ? problemId : problemId.substring(0, separator);
    }
}
