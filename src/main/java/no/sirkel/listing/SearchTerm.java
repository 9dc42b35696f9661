package no.sirkel.listing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import no.sirkel.material.Material;
import no.sirkel.web.ApiException;

/**
 * One word of a {@code q} text search, which a listing matches where the word is part of one of its material names
 * (Norwegian, English or the code), its description or its site's municipality; every word of a search must match.
 * Case and accents are ignored ({@link #fold}). Nothing that a member may not see of another company's listing is
 * searched: not the company, nor the site's name; the municipality is no more than the shown position tells.
 *
 * @param pattern   the folded word as a SQL {@code like} pattern matching it anywhere ({@code %word%})
 * @param materials the codes of the materials whose names contain the word
 */
record SearchTerm(String pattern, List<String> materials) {

    static final String PARAMETER = "q";
    static final int MAX_LENGTH = 200;

    /**
     * The words of a {@code q} parameter: none where it is absent or blank.
     *
     * @param catalogue materials by code, whose names the words are looked for in
     * @throws ApiException 400 naming {@code q} where it is longer than {@value #MAX_LENGTH} characters
     */
    static List<SearchTerm> parse(String q, Map<String, Material> catalogue) {
        if (q == null || q.isBlank()) {
            return List.of();
        }
        if (q.length() > MAX_LENGTH) {
            throw ApiException.badRequest(PARAMETER, "field.atMostCharacters", MAX_LENGTH);
        }
        List<SearchTerm> terms = new ArrayList<>();
        for (String word : fold(q).split("[\\s,;]+")) {
            if (!word.isEmpty()) {
                terms.add(new SearchTerm("%" + escapeLike(word) + "%", catalogue.values().stream()
                        .filter(material -> names(material).contains(word)).map(Material::code).toList()));
            }
        }
        return List.copyOf(terms);
    }

    /**
     * Lower case without accents, the Nordic letters spelled as PostgreSQL's {@code unaccent} does: the Java twin of
     * the SQL function {@code listing_fold} (migration V55), which folds descriptions and municipalities.
     */
    static String fold(String text) {
        String stripped = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return stripped.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "o").replace("œ", "oe")
                .replace("ß", "ss").replace("ð", "d").replace("đ", "d").replace("þ", "th").replace("ł", "l");
    }

    private static String names(Material material) {
        return fold(material.nameNo() + " " + material.nameEn() + " " + material.code().replace('_', ' '));
    }

    /** The word with {@code like}'s wildcards and its escape character (backslash) escaped. */
    private static String escapeLike(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
