package no.sirkel.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IfMatchTest {

    @Test
    void absentOrStarMatchesAnyVersionAndAllowsRetrying() {
        for (String header : new String[] {null, "", " * "}) {
            IfMatch ifMatch = IfMatch.parse(header);
            assertThat(ifMatch.given()).isFalse();
            assertThat(ifMatch.matches(0)).isTrue();
            assertThat(ifMatch.matches(41)).isTrue();
        }
    }

    @Test
    void matchesTheQuotedVersionStrongOrWeak() {
        assertThat(IfMatch.parse("\"3\"").matches(3)).isTrue();
        assertThat(IfMatch.parse("\"3\"").matches(4)).isFalse();
        assertThat(IfMatch.parse("W/\"3\"").matches(3)).isTrue();
        assertThat(IfMatch.parse("\"1\", \"4\"").matches(4)).isTrue();
        assertThat(IfMatch.parse("\"3\"").given()).isTrue();
    }

    @Test
    void aMalformedTagMatchesNothing() {
        IfMatch ifMatch = IfMatch.parse("3");
        assertThat(ifMatch.given()).isTrue();
        assertThat(ifMatch.matches(3)).isFalse();
    }

    @Test
    void etagIsTheQuotedVersion() {
        assertThat(IfMatch.etag(7)).isEqualTo("\"7\"");
        assertThat(IfMatch.parse(IfMatch.etag(7)).matches(7)).isTrue();
    }
}
