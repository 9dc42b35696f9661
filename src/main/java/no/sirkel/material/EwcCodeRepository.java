package no.sirkel.material;

import java.util.ArrayList;
import java.util.List;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class EwcCodeRepository {

    private final DatabaseClient db;

    EwcCodeRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<Boolean> exists(String code) {
        return db.sql("select exists (select 1 from ewc_code where code = :code) as found").bind("code", code)
                .map(row -> row.get("found", Boolean.class)).one();
    }

    /**
     * The codes matching every condition given, in code order.
     *
     * @param codePrefix the start of the code in its spaced form ({@code 17 05}), or null
     * @param words      words that must each occur (case-insensitively) in the description, sub-chapter or chapter
     * @param hazardous  the hazardous flag to match, or null for both
     */
    Flux<EwcCode> search(String codePrefix, List<String> words, Boolean hazardous) {
        List<String> conditions = new ArrayList<>();
        if (codePrefix != null) {
            conditions.add("code like :prefix");
        }
        for (int i = 0; i < words.size(); i++) {
            conditions.add("(description || ' ' || sub_chapter || ' ' || chapter) ilike :word" + i);
        }
        if (hazardous != null) {
            conditions.add("hazardous = :hazardous");
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        var spec = db.sql("select code, hazardous, entry_type, chapter, sub_chapter, description from ewc_code"
                + where + " order by code");
        if (codePrefix != null) {
            spec = spec.bind("prefix", likeLiteral(codePrefix) + "%");
        }
        for (int i = 0; i < words.size(); i++) {
            spec = spec.bind("word" + i, "%" + likeLiteral(words.get(i)) + "%");
        }
        if (hazardous != null) {
            spec = spec.bind("hazardous", hazardous);
        }
        return spec.map(row -> new EwcCode(row.get("code", String.class),
                        Boolean.TRUE.equals(row.get("hazardous", Boolean.class)), row.get("entry_type", String.class),
                        row.get("chapter", String.class), row.get("sub_chapter", String.class),
                        row.get("description", String.class)))
                .all();
    }

    private static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
