package no.sirkel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class ProblemTextsTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)}");

    @Test
    void theNorwegianCatalogueHasEveryEnglishKeyWithTheSameArguments() throws IOException {
        Properties english = catalogue("problems.properties");
        Properties norwegian = catalogue("problems_nb.properties");
        Set<String> missing = new TreeSet<>();
        for (String key : english.stringPropertyNames()) {
            if (!norwegian.containsKey(key)) {
                missing.add(key);
            } else {
                assertThat(arguments(norwegian.getProperty(key))).as(key)
                        .isEqualTo(arguments(english.getProperty(key)));
            }
        }
        assertThat(missing).as("keys without a Norwegian text").isEmpty();
        assertThat(norwegian.stringPropertyNames()).as("Norwegian keys without an English text")
                .isSubsetOf(english.stringPropertyNames());
    }

    private static Properties catalogue(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ProblemTextsTest.class.getClassLoader().getResourceAsStream(name);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void everyPatternIsAMessageFormat() {
        for (var language : new java.util.Locale[] {ProblemTexts.ENGLISH, ProblemTexts.NORWEGIAN}) {
            ResourceBundle bundle = ProblemTexts.bundle(language);
            for (String key : bundle.keySet()) {
                assertThat(new MessageFormat(bundle.getString(key)).toPattern()).as(key).isNotBlank();
            }
        }
    }

    @Test
    void answersInNorwegianWhereTheReaderPrefersItAndInEnglishOtherwise() {
        assertThat(ProblemTexts.language("de,nn;q=0.5")).isEqualTo(ProblemTexts.NORWEGIAN);
        assertThat(ProblemTexts.language("en-GB,nb;q=0.8")).isEqualTo(ProblemTexts.ENGLISH);
        for (String noPreference : new String[] {null, "de", "*", "%%%"}) {
            assertThat(ProblemTexts.language(noPreference)).as(noPreference).isEqualTo(ProblemTexts.ENGLISH);
        }
    }

    @Test
    void rendersNestedTextsAndShowsArgumentsAsTheCodeGivesThem() {
        Text detail = Text.of("detail.field", "limit", Text.of("field.limit", 1000));
        assertThat(ProblemTexts.render(detail, ProblemTexts.ENGLISH))
                .isEqualTo("limit must be a whole number from 1 to 1000");
        assertThat(ProblemTexts.render(detail, ProblemTexts.NORWEGIAN))
                .isEqualTo("limit må være et heltall fra 1 til 1000");
        assertThat(ProblemTexts.render(Text.of("not yet catalogued"), ProblemTexts.NORWEGIAN))
                .isEqualTo("not yet catalogued");
    }

    private static Set<String> arguments(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(pattern);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
