package no.sirkel.optimizer.check;

/**
 * One way a problem or a plan breaks the optimizer contract.
 *
 * @param field   the offending field as a JSON path, e.g. {@code matches[2].km} or {@code totals.cost}
 * @param message what is wrong with it, e.g. {@code is 31.2, expected 31.5}
 */
public record Violation(String field, String message) {

    @Override
    public String toString() {
        return field + " " + message;
    }
}
