package no.sirkel.material;

import no.sirkel.web.AcceptLanguage;

/** The two languages material names (and exports' headings) come in: Norwegian bokmål and English. */
public enum Language {
    NB, EN;

    /**
     * The reader's language from an {@code Accept-Language} header: English where the reader prefers it to Norwegian,
     * Norwegian otherwise. Norwegian by default: the marketplace is Norwegian, and so are most of its readers.
     */
    public static Language fromAcceptLanguage(String header) {
        return AcceptLanguage.preferred(header).filter(AcceptLanguage.ENGLISH::equals).map(english -> EN).orElse(NB);
    }
}
