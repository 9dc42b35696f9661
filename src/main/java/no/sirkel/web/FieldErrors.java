package no.sirkel.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Collects every broken rule of one request, so a client learns all its mistakes at once; {@link #throwIfAny()} then
 * refuses the request as a whole with 422. Messages are keys of the problem catalogue with their arguments (see
 * {@link Text}).
 */
public final class FieldErrors {

    private final List<ApiException.FieldError> errors = new ArrayList<>();

    /** Records {@code field message} unless {@code valid} holds. */
    public FieldErrors check(boolean valid, String field, String message, Object... arguments) {
        if (!valid) {
            add(field, message, arguments);
        }
        return this;
    }

    /** Records that {@code field} is required when it is null; true where it is present. */
    public boolean required(Object value, String field) {
        check(value != null, field, "field.required");
        return value != null;
    }

    public FieldErrors add(String field, String message, Object... arguments) {
        errors.add(new ApiException.FieldError(field, message, Arrays.asList(arguments)));
        return this;
    }

    /** How many problems are recorded so far. */
    public int size() {
        return errors.size();
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }
}
