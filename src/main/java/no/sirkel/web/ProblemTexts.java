package no.sirkel.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The problem catalogue: the titles, details and field messages of refusals in English ({@code problems.properties},
 * the default) and Norwegian Bokmål ({@code problems_nb.properties}, also for Nynorsk and plain "no"). Patterns are
 * {@link MessageFormat}s (an apostrophe is written {@code ''}); their arguments are shown as text, so numbers keep
 * the form the code gives them.
 */
public final class ProblemTexts {

    public static final Locale ENGLISH = AcceptLanguage.ENGLISH;
    public static final Locale NORWEGIAN = AcceptLanguage.NORWEGIAN;
    static final String BUNDLE = "problems";

    private ProblemTexts() {
    }

    /**
     * The language to answer in for an {@code Accept-Language} header: Norwegian where the reader prefers it, English
     * otherwise. English by default: the catalogue's base bundle is English, as is the API document a client
     * that states no preference works from.
     */
    public static Locale language(String acceptLanguage) {
        return AcceptLanguage.preferred(acceptLanguage).orElse(ENGLISH);
    }

    /** The text in {@code language}; a key the catalogue lacks is shown as written, a null key as null. */
    public static String render(Text text, Locale language) {
        if (text.key() == null) {
            return null;
        }
        ResourceBundle bundle = bundle(language);
        if (!bundle.containsKey(text.key())) {
            return text.key();
        }
        Object[] arguments = text.arguments().stream()
                .map(argument -> argument instanceof Text nested ? render(nested, language) : String.valueOf(argument))
                .toArray();
        return new MessageFormat(bundle.getString(text.key()), language).format(arguments);
    }

    /** The noun for a kind of resource ({@code resource.site}), or the name as given where none is catalogued. */
    public static Object resource(String name) {
        String key = "resource." + name;
        return bundle(ENGLISH).containsKey(key) ? Text.of(key) : name;
    }

    static ResourceBundle bundle(Locale language) {
        try {
            return ResourceBundle.getBundle(BUNDLE, language,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            throw new IllegalStateException("the problem catalogue " + BUNDLE + " is missing", e);
        }
    }
}
