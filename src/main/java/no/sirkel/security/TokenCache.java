package no.sirkel.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.r2dbc.postgresql.api.Notification;
import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.postgresql.api.PostgresqlResult;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Wrapped;
import no.sirkel.security.TokenRepository.ActiveToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * The callers of tokens in use, so that a request seldom needs a token lookup, without letting a revoked token work
 * any longer than without it. Every change of a token in the database announces the token's id on channel
 * {@value #CHANNEL} (a trigger, in the changing transaction); this service listens on a connection of its own and
 * drops the token's caller when the announcement comes, that is when the change commits, on every instance. A revocation
 * through this instance drops it before answering ({@link #forget}). Each use checks the token's expiry against the
 * clock, so an expired token is looked up, and refused, at once.
 *
 * <p>Nothing is cached unless the listening connection is up: when it is lost the cache is emptied and every request
 * looks its token up until listening works again. A lookup that overlaps an announcement (or a loss of the
 * connection) is not cached, so a caller read just before a revocation committed cannot outlive it. What no listener
 * can see is a revocation committed after the connection broke but before this service noticed; on the loopback
 * connection to the embedded database that is a moment, across a network it is as long as TCP takes to tell.
 */
@Component
class TokenCache implements SmartLifecycle {

    static final String CHANNEL = "api_token_changed";

    private static final Logger log = LoggerFactory.getLogger(TokenCache.class);
    /** More tokens in use than this empties the cache, which then fills again with those still used. */
    private static final int MAX_ENTRIES = 10_000;
    private static final Duration RECONNECT_DELAY = Duration.ofMillis(500);

    private final TokenRepository tokens;
    private final ConnectionFactory connections;
    private final Map<String, ActiveToken> byHash = new ConcurrentHashMap<>();
    /** Counts announcements and losses of the connection: a lookup during which it moved is not cached. */
    private final AtomicLong changes = new AtomicLong();
    private volatile boolean listening;
    private volatile Disposable listener;

    TokenCache(TokenRepository tokens, ConnectionFactory connections) {
        this.tokens = tokens;
        this.connections = connections instanceof Wrapped<?> pool && pool.unwrap() instanceof ConnectionFactory own
                ? own : connections;
    }

    /** The caller of the token with this hash where the token is neither revoked nor expired; empty otherwise. */
    Mono<Caller> find(String tokenHash) {
        ActiveToken cached = listening ? byHash.get(tokenHash) : null;
        if (cached != null && cached.activeAt(Instant.now())) {
            return Mono.just(cached.caller());
        }
        long changesBefore = changes.get();
        return tokens.findActiveByHash(tokenHash)
                .doOnNext(active -> remember(tokenHash, active, changesBefore))
                .map(ActiveToken::caller);
    }

    /** Drops the token's caller, here at once (the announcement then tells the other instances). */
    void forget(UUID tokenId) {
        changes.incrementAndGet();
        byHash.values().removeIf(active -> active.caller().tokenId().equals(tokenId));
    }

    /** Whether the cache is in use: listening for changes works. */
    boolean listening() {
        return listening;
    }

    private void remember(String tokenHash, ActiveToken active, long changesBefore) {
        if (!listening || changes.get() != changesBefore) {
            return;
        }
        if (byHash.size() >= MAX_ENTRIES) {
            byHash.clear();
        }
        byHash.put(tokenHash, active);
        if (changes.get() != changesBefore) {
            byHash.remove(tokenHash, active);
        }
    }

    private void forgetAll() {
        changes.incrementAndGet();
        byHash.clear();
    }

    @Override
    public void start() {
        listener = Flux.usingWhen(Mono.from(connections.create()), this::announcements, Connection::close)
                .doOnNext(announcement -> forget(UUID.fromString(announcement.getParameter())))
                .then(Mono.error(() -> new IllegalStateException("the database closed the connection")))
                .doOnError(this::lost)
                .retryWhen(Retry.fixedDelay(Long.MAX_VALUE, RECONNECT_DELAY))
                .subscribe();
    }

    /** The connection's announcements; the cache is in use from when the {@code LISTEN} has taken effect. */
    private Flux<Notification> announcements(Connection connection) {
        PostgresqlConnection postgres = (PostgresqlConnection) connection;
        Mono<Notification> listen = postgres.createStatement("LISTEN " + CHANNEL).execute()
                .flatMap(PostgresqlResult::getRowsUpdated).then(Mono.fromRunnable(() -> {
                    forgetAll();
                    listening = true;
                    log.info("Token cache on: listening for token changes");
                }));
        return Flux.merge(postgres.getNotifications(), listen);
    }

    private void lost(Throwable cause) {
        if (listening) {
            log.warn("Token cache off, every request looks its token up until listening works again: {}",
                    cause.toString());
        }
        listening = false;
        forgetAll();
    }

    @Override
    public void stop() {
        listening = false;
        forgetAll();
        Disposable running = listener;
        if (running != null) {
            running.dispose();
        }
    }

    @Override
    public boolean isRunning() {
        Disposable running = listener;
        return running != null && !running.isDisposed();
    }
}
