package no.sirkel.optimizer.problem;

import java.util.List;

/**
 * A problem, or the parameters of one, refused as a whole; {@link #fieldErrors()} names every broken field, e.g.
 * {@code supplies[3].tonnes} with {@code must be > 0}.
 */
public class InvalidProblemException extends RuntimeException {

    private final List<FieldError> fieldErrors;

    public InvalidProblemException(List<FieldError> fieldErrors) {
        super(fieldErrors.size() == 1 ? fieldErrors.get(0).toString()
                : fieldErrors.size() + " errors: " + String.join("; ", lines(fieldErrors)));
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    /** Every broken field with its message, in the order found. */
    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    /** Every broken field as one line each, e.g. {@code supplies[3].tonnes must be > 0}. */
    public List<String> errors() {
        return lines(fieldErrors);
    }

    private static List<String> lines(List<FieldError> fieldErrors) {
        return fieldErrors.stream().map(FieldError::toString).toList();
    }
}
