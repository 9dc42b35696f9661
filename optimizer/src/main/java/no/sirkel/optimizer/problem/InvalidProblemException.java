package no.sirkel.optimizer.problem;

import java.util.List;

/** A problem refused as a whole; {@link #errors()} names every broken field, e.g. {@code supplies[3].tonnes must be > 0}. */
public class InvalidProblemException extends RuntimeException {

    private final List<String> errors;

    public InvalidProblemException(List<String> errors) {
        super(errors.size() == 1 ? errors.get(0) : errors.size() + " errors: " + String.join("; ", errors));
        this.errors = List.copyOf(errors);
    }

    public List<String> errors() {
        return errors;
    }
}
