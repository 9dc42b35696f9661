package no.sirkel.security;

import java.time.Instant;
import java.util.UUID;

import no.sirkel.database.ChangeAnnouncements;
import no.sirkel.database.ChangeAwareCache;
import no.sirkel.security.TokenRepository.ActiveToken;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The callers of tokens in use, so that a request seldom needs a token lookup, without letting a revoked token work
 * any longer than without it. Every change of a token in the database announces the token's id on channel
 * {@value #CHANNEL} (a trigger, in the changing transaction), and the token's caller is dropped when the announcement
 * comes, that is when the change commits, on every instance ({@link ChangeAwareCache} says what that covers). A
 * revocation through this instance drops it before answering ({@link #forget}). Each use checks the token's expiry
 * against the clock, so an expired token is refused at once.
 */
@Component
class TokenCache {

    static final String CHANNEL = "api_token_changed";

    /** More tokens in use than this empties the cache, which then fills again with those still used. */
    private static final int MAX_ENTRIES = 10_000;

    private final TokenRepository tokens;
    private final ChangeAwareCache<String, ActiveToken> byHash;

    TokenCache(TokenRepository tokens, ChangeAnnouncements announcements) {
        this.tokens = tokens;
        this.byHash = new ChangeAwareCache<>(announcements, CHANNEL, MAX_ENTRIES,
                active -> active.caller().tokenId());
    }

    /** The caller of the token with this hash where the token is neither revoked nor expired; empty otherwise. */
    Mono<Caller> find(String tokenHash) {
        return byHash.get(tokenHash, () -> tokens.findActiveByHash(tokenHash))
                .filter(active -> active.activeAt(Instant.now()))
                .map(ActiveToken::caller);
    }

    /** Drops the token's caller, here at once (the announcement then tells the other instances). */
    void forget(UUID tokenId) {
        byHash.forget(active -> active.caller().tokenId().equals(tokenId));
    }
}
