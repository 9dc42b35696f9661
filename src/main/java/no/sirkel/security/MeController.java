package no.sirkel.security;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import no.sirkel.web.ApiException;
import reactor.core.publisher.Mono;

/** Who the bearer token belongs to, so that a client can show who is signed in and offer what the role may do. */
@RestController
class MeController {

    private final TokenRepository tokens;

    MeController(TokenRepository tokens) {
        this.tokens = tokens;
    }

    @Operation(summary = "Who am I",
            description = "The caller's role, company and token label.")
    @GetMapping("/api/v1/me")
    Mono<Me> me(Caller caller) {
        return tokens.findIdentity(caller.tokenId())
                .map(identity -> new Me(caller.role(), caller.companyId(), identity.companyName(), identity.label()))
                .switchIfEmpty(Mono.error(() -> ApiException.unauthorized("auth.tokenRevoked")));
    }

    /**
     * The caller as a client shows it.
     *
     * @param companyId   the member's company; absent for ADMIN and PLANNER tokens
     * @param companyName that company's name; absent for ADMIN and PLANNER tokens
     * @param tokenLabel  the label the token was issued with
     */
    record Me(@Schema(description = "The caller's role") Role role,
              @Schema(description = "The caller's company (MEMBER); null for others") UUID companyId,
              @Schema(description = "The company's name; null without a company") String companyName,
              @Schema(description = "The label of the caller's token") String tokenLabel) {
    }

    /** A token's label and its company's name (null for tokens without a company). */
    record Identity(String label, String companyName) {
    }
}
