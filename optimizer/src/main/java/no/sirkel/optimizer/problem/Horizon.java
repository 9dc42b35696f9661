package no.sirkel.optimizer.problem;

import java.time.LocalDate;

/**
 * The dates a version 2 problem plans over, both ends included.
 *
 * @param from first day (not after {@code to})
 * @param to   last day
 */
public record Horizon(LocalDate from, LocalDate to) {
}
