package no.sirkel.material;

import java.util.List;
import java.util.Locale;

/** The two languages material names (and exports' headings) come in: Norwegian bokmål and English. */
public enum Language {
    NB, EN;

    /**
     * The reader's language from an {@code Accept-Language} header: English where it prefers English over every
     * Norwegian tag ({@code nb}, {@code no}, {@code nn}), Norwegian otherwise (also where the header is absent or
     * cannot be read).
     */
    public static Language fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return NB;
        }
        try {
            String best = Locale.lookupTag(Locale.LanguageRange.parse(header), List.of("nb", "no", "nn", "en"));
            return "en".equals(best) ? EN : NB;
        } catch (IllegalArgumentException e) {
            return NB;
        }
    }
}
