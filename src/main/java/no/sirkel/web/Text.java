package no.sirkel.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A text of a refusal, rendered in the caller's language when the refusal is answered: a key of the problem
 * catalogue ({@code problems.properties}, {@code problems_nb.properties}) and its arguments, which may be texts
 * themselves. A key the catalogue does not hold is shown as it is (texts not yet catalogued are English).
 *
 * @param key       a catalogue key such as {@code field.required}, or a literal English text
 * @param arguments the values of the pattern's {@code {0}}, {@code {1}}, ... (shown with {@code toString()})
 */
public record Text(String key, List<Object> arguments) {

    public Text {
        arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
    }

    public static Text of(String key, Object... arguments) {
        return new Text(key, Arrays.asList(arguments));
    }
}
