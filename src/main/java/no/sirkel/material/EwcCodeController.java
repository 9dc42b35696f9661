package no.sirkel.material;

import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
    @Operation(summary = "Search EWC codes",
            description = "Codes of the European Waste Catalogue whose code or description contains `q`, optionally "
                    + "only hazardous or non-hazardous ones; for any role.")
    @GetMapping("/api/v1/ewc-codes")
    Mono<List<EwcCode>> search(Caller caller,
                               @Parameter(description = "Text the code or its description contains (case-blind)")
                               @RequestParam(required = false) String q,
                               @Parameter(description = "true: only hazardous codes (marked *); false: only "
                                       + "non-hazardous")
                               @RequestParam(required = false) Boolean hazardous) {
        String query = q == null ? "" : q.trim();
        String codePrefix = query.isEmpty() ? null : EwcCode.spaced(query);
        List<String> words = query.isEmpty() || codePrefix != null ? List.of()
                : Arrays.stream(query.split("\\s+")).toList();
        return codes.search(codePrefix, words, hazardous).collectList();
    }
}
