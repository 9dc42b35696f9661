package no.sirkel.material;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void englishOnlyWhereTheReaderPrefersItToNorwegian() {
        assertThat(Language.fromAcceptLanguage("en-GB, nb;q=0.8")).isEqualTo(Language.EN);
        assertThat(Language.fromAcceptLanguage("nn, en;q=0.8")).isEqualTo(Language.NB);
        assertThat(Language.fromAcceptLanguage("de, en;q=0.3")).isEqualTo(Language.EN);
    }

    @Test
    void norwegianWhereTheReaderStatesNoPreference() {
        assertThat(Language.fromAcceptLanguage(null)).isEqualTo(Language.NB);
        assertThat(Language.fromAcceptLanguage("de")).isEqualTo(Language.NB);
        assertThat(Language.fromAcceptLanguage("*")).isEqualTo(Language.NB);
        assertThat(Language.fromAcceptLanguage("%%%")).isEqualTo(Language.NB);
    }
}
