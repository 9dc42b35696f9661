package no.sirkel.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AcceptLanguageTest {

    @Test
    void bokmalNynorskAndNoAreNorwegianWithOrWithoutARegion() {
        assertThat(AcceptLanguage.preferred("nb")).contains(AcceptLanguage.NORWEGIAN);
        assertThat(AcceptLanguage.preferred("nn-NO")).contains(AcceptLanguage.NORWEGIAN);
        assertThat(AcceptLanguage.preferred("NO")).contains(AcceptLanguage.NORWEGIAN);
        assertThat(AcceptLanguage.preferred("en-GB")).contains(AcceptLanguage.ENGLISH);
    }

    @Test
    void theHighestQValueWinsWhateverItsPlaceInTheHeader() {
        assertThat(AcceptLanguage.preferred("en;q=0.4, nb;q=0.9")).contains(AcceptLanguage.NORWEGIAN);
        assertThat(AcceptLanguage.preferred("nb;q=0.5, en")).contains(AcceptLanguage.ENGLISH);
        assertThat(AcceptLanguage.preferred("en;q=0.5, nb;q=0.5")).as("equal weights: the header's order")
                .contains(AcceptLanguage.ENGLISH);
    }

    @Test
    void aLanguageWithQZeroIsRefused() {
        assertThat(AcceptLanguage.preferred("nb;q=0, en;q=0.1")).contains(AcceptLanguage.ENGLISH);
        assertThat(AcceptLanguage.preferred("nb;q=0")).isEmpty();
    }

    @Test
    void unknownTagsArePassedOverForTheFirstKnownOne() {
        assertThat(AcceptLanguage.preferred("de, sv;q=0.9, nb;q=0.5")).contains(AcceptLanguage.NORWEGIAN);
        assertThat(AcceptLanguage.preferred("x-klingon, en;q=0.2")).contains(AcceptLanguage.ENGLISH);
        assertThat(AcceptLanguage.preferred("de, sv")).isEmpty();
    }

    @Test
    void aWildcardBeforeEitherLanguageLeavesTheChoiceToTheCaller() {
        assertThat(AcceptLanguage.preferred("fr, *;q=0.5, nb;q=0.1")).isEmpty();
        assertThat(AcceptLanguage.preferred("nb, *;q=0.5")).contains(AcceptLanguage.NORWEGIAN);
    }

    @Test
    void anAbsentOrUnreadableHeaderStatesNoPreference() {
        assertThat(AcceptLanguage.preferred(null)).isEmpty();
        assertThat(AcceptLanguage.preferred(" ")).isEmpty();
        assertThat(AcceptLanguage.preferred("%%%")).isEmpty();
        assertThat(AcceptLanguage.preferred("nb;q=2")).isEmpty();
    }
}
