package no.sirkel.material;

import java.util.Arrays;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import no.sirkel.security.Caller;
import reactor.core.publisher.Mono;

/** Looks up the European List of Waste, so that clients can pick the code for a new material. */
@RestController
class EwcCodeController {

    private final EwcCodeRepository codes;

    EwcCodeController(EwcCodeRepository codes) {
        this.codes = codes;
    }

    /**
     * The codes matching {@code q} (a code or its start, such as {@code 17 05} or {@code 1705}; otherwise words that
     * must all occur in the description or chapter titles) and the {@code hazardous} flag, in code order. The list
     * has 842 codes, so the answer is not paged.
     */
    @GetMapping("/api/v1/ewc-codes")
    Mono<List<EwcCode>> search(Caller caller, @RequestParam(required = false) String q,
                               @RequestParam(required = false) Boolean hazardous) {
        String query = q == null ? "" : q.trim();
        String codePrefix = query.isEmpty() ? null : EwcCode.spaced(query);
        List<String> words = query.isEmpty() || codePrefix != null ? List.of()
                : Arrays.stream(query.split("\\s+")).toList();
        return codes.search(codePrefix, words, hazardous).collectList();
    }
}
