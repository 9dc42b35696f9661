package no.sirkel.scenario;

import java.util.Map;

import no.sirkel.optimizer.problem.Problem;

/**
 * The marketplace as a scenario saw it: the optimizer problem (ids are listing and facility ids) and each listing's
 * version at that moment, so that proposals can tell later whether a listing changed since.
 */
record Snapshot(Problem problem, Map<String, Integer> listingVersions) {
}
