package no.sirkel.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an {@code Accept-Language} header for the two languages the service writes in: Norwegian bokmål (also chosen
 * for nynorsk and plain {@code no}) and English. Which one a reader gets who prefers neither is each caller's choice.
 */
public final class AcceptLanguage {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale NORWEGIAN = Locale.forLanguageTag("nb");
    private static final Set<String> NORWEGIAN_TAGS = Set.of("nb", "nn", "no");

    private AcceptLanguage() {
    }

    /**
     * The first of Norwegian and English in the reader's order of preference (highest q-value first, the header's
     * order among equals; a range with q=0 refuses its language); empty where the header is absent or unreadable,
     * names neither, or reaches the wildcard {@code *} (any language will do) before either.
     */
    public static Optional<Locale> preferred(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() == 0) {
                continue;
            }
            String language = range.getRange().split("-")[0];
            if (language.equals("*")) {
                return Optional.empty();
            }
            if (NORWEGIAN_TAGS.contains(language)) {
                return Optional.of(NORWEGIAN);
            }
            if (language.equals("en")) {
                return Optional.of(ENGLISH);
            }
        }
        return Optional.empty();
    }
}
