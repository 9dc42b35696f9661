package no.sirkel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every refusal the service raises names its texts by catalogue key, so the caller reads it in its own language: a
 * static check over the main sources. In the calls that build a refusal ({@link ApiException}'s factories and
 * constructor, {@link ApiException.FieldError}, {@link FieldErrors}, {@link Text#of}, the import's row errors), a
 * string literal with a word and a space in it is English prose where a key belongs; a literal in the form of a key
 * must be in the catalogue.
 */
class CataloguedRefusalsTest {

    private static final Path SOURCES = Path.of("src/main/java");

    private static final Pattern REFUSAL_CALL = Pattern.compile("\\b(?:(?:ApiException\\.)?(?:invalid|badRequest"
            + "|conflict|forbidden|unauthorized|preconditionFailed)|new (?:ApiException\\.)?(?:ApiException|FieldError"
            + "|ImportError)|Text\\.of|\\.check)\\s*\\(");
    private static final Pattern FIELD_ERRORS_VARIABLE = Pattern.compile("\\bFieldErrors\\s+(\\w+)");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    /** Words and a space: a separator such as {@code ", "} is not prose. */
    private static final Pattern PROSE = Pattern.compile("\\p{L}.*\\s|\\s.*\\p{L}");
    private static final Pattern KEY_FORM = Pattern.compile("(?:title|detail|status|resource|auth|field)\\.[\\w.]+");

    @Test
    void everyRefusalInTheSourcesNamesItsTextsByCatalogueKey() throws IOException {
        ResourceBundle catalogue = ProblemTexts.bundle(ProblemTexts.ENGLISH);
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).sorted().toList()) {
                String relative = SOURCES.relativize(file).toString().replace('\\', '/');
                found.addAll(uncatalogued(relative, Files.readString(file), catalogue));
            }
        }
        assertThat(found).as("refusal texts that are not catalogue keys (add them to problems*.properties)")
                .isEmpty();
    }

    @Test
    void findsEnglishProseAndUnknownKeysInRefusals() {
        String source = """
                class Example {
                    void validate(FieldErrors problems) {
                        problems.check(ok, "name", "field.required");
                        problems.add("name", "must be " + 3 + " letters");
                        throw ApiException.badRequest("limit",
                                "field.noSuchKey");
                        sql.add("where a = :b");
                    }
                }
                """;
        assertThat(uncatalogued("Example.java", source, ProblemTexts.bundle(ProblemTexts.ENGLISH)))
                .containsExactly("Example.java:4 \"must be \"", "Example.java:4 \" letters\"",
                        "Example.java:5 \"field.noSuchKey\"");
    }

    /** The literals of {@code source}'s refusal calls that are neither catalogue keys nor names, as file:line. */
    static List<String> uncatalogued(String file, String source, ResourceBundle catalogue) {
        Set<String> fieldErrors = FIELD_ERRORS_VARIABLE.matcher(source).results().map(match -> match.group(1))
                .collect(Collectors.toSet());
        Pattern calls = fieldErrors.isEmpty() ? REFUSAL_CALL : Pattern.compile(REFUSAL_CALL.pattern()
                + "|\\b(?:" + String.join("|", fieldErrors) + ")\\.add\\s*\\(");
        List<String> found = new ArrayList<>();
        Matcher call = calls.matcher(source);
        while (call.find()) {
            Matcher literal = LITERAL.matcher(arguments(source, call.end()));
            while (literal.find()) {
                String text = literal.group(1);
                boolean keyForm = KEY_FORM.matcher(text).matches();
                if (keyForm ? !catalogue.containsKey(text) : PROSE.matcher(text).find()) {
                    int line = (int) source.substring(0, call.start()).chars().filter(c -> c == '\n').count() + 1;
                    found.add(file + ":" + line + " \"" + text + "\"");
                }
            }
        }
        return found;
    }

    /** The text between the opening parenthesis just before {@code start} and the one that closes it. */
    private static String arguments(String source, int start) {
        int depth = 1;
        boolean inString = false;
        int at = start;
        for (; at < source.length() && depth > 0; at++) {
            char c = source.charAt(at);
            if (inString) {
                if (c == '\\') {
                    at++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
        }
        return source.substring(start, Math.max(start, at - 1));
    }
}
