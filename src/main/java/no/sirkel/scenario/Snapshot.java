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
    private static final char STRETCH_SEPARATOR = '@';
    private static final int UUID_LENGTH = 36;

    /**
     * The id a problem gives one stretch of a listing that deals left unevenly over time: the listing's id, the
     * separator and the stretch's first day ({@code yyyy-mm-dd}).
     */
    static String stretchId(UUID listingId, LocalDate first) {
        return listingId.toString() + STRETCH_SEPARATOR + first;
    }

    /**
     * The listing (or facility) a problem's id stands for: the listing of a stretch's id, or the id itself (a
     * candidate hub's own id, whatever it holds, is never read as a stretch's).
     */
    static String listingId(String problemId) {
        return problemId.length() > UUID_LENGTH && problemId.charAt(UUID_LENGTH) == STRETCH_SEPARATOR
                ? problemId.substring(0, UUID_LENGTH) : problemId;
    }
}
