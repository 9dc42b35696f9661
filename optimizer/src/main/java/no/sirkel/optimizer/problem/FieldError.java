package no.sirkel.optimizer.problem;

/**
 * One broken field of a problem or of its parameters.
 *
 * @param field   the field as a path into the JSON document, e.g. {@code supplies[3].tonnes} or
 *                {@code parameters.horizon.from}; empty where the document as a whole is broken (malformed JSON)
 * @param message what is wrong with it, e.g. {@code must be > 0}
 */
public record FieldError(String field, String message) {

    /** The error as one line: {@code supplies[3].tonnes must be > 0}, or the message alone for the whole document. */
    @Override
    public String toString() {
        return field.isEmpty() ? message : field + " " + message;
    }
}
