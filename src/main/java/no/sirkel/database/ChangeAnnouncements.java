package no.sirkel.database;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import io.r2dbc.postgresql.api.Notification;
import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.postgresql.api.PostgresqlResult;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Wrapped;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Changes committed in the database, as its triggers announce them with {@code pg_notify(channel, payload)} inside the
 * changing transaction: PostgreSQL delivers an announcement to every listening service instance when, and only if,
 * that transaction commits. One connection of its own (not the pool's) listens on every channel that a feature
 * {@linkplain #subscribe subscribed to} while the service was being built, and reconnects every
 * {@value #RECONNECT_DELAY_MILLIS} ms when it is lost.
 *
 * <p>What a listener learns is only as good as the connection: a change committed while it was down is never
 * announced. So each listener is told when listening starts (the {@code LISTEN} has taken effect) and when it stops;
 * a listener that keeps what it read must keep nothing while not listening and drop all it kept when listening starts.
 */
@Component
public class ChangeAnnouncements implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ChangeAnnouncements.class);
    private static final long RECONNECT_DELAY_MILLIS = 500;

    /** Hears a channel's announcements and whether they can be heard at all. */
    public interface Listener {

        /** A change was committed; {@code payload} is what the trigger announced (the changed row's id). */
        void announced(String payload);

        /** Listening started (true) or stopped (false); either way, what was heard before no longer covers all. */
        void listening(boolean listening);
    }

    private final ConnectionFactory connections;
    private final Map<String, List<Listener>> listeners = new ConcurrentHashMap<>();
    private volatile Disposable connection;
    private volatile boolean listening;

    ChangeAnnouncements(ConnectionFactory connections) {
        this.connections = connections instanceof Wrapped<?> pool && pool.unwrap() instanceof ConnectionFactory own
                ? own : connections;
    }

    /**
     * Has the listener hear the channel's announcements. Subscribe while the service is built (in a constructor):
     * listening starts with the service and covers the channels known then.
     *
     * @throws IllegalStateException once listening has started
     */
    public void subscribe(String channel, Listener listener) {
        if (isRunning()) {
            throw new IllegalStateException("subscribe to " + channel + " before the service starts");
        }
        listeners.computeIfAbsent(channel, name -> new CopyOnWriteArrayList<>()).add(listener);
    }

    /** Whether announcements are heard: the connection is up and its {@code LISTEN} has taken effect. */
    public boolean listening() {
        return listening;
    }

    @Override
    public void start() {
        if (listeners.isEmpty()) {
            return;
        }
        connection = Flux.usingWhen(Mono.from(connections.create()), this::announcements, ChangeAnnouncements::close)
                .doOnNext(this::deliver)
                .then(Mono.error(() -> new IllegalStateException("the database closed the connection")))
                .doOnError(this::lost)
                .retryWhen(Retry.fixedDelay(Long.MAX_VALUE, Duration.ofMillis(RECONNECT_DELAY_MILLIS)))
                .subscribe();
    }

    /** The connection's announcements, after telling every listener that listening has started. */
    private Flux<Notification> announcements(Connection opened) {
        PostgresqlConnection postgres = (PostgresqlConnection) opened;
        String listen = listeners.keySet().stream().sorted().map(channel -> "LISTEN " + channel)
                .collect(Collectors.joining("; "));
        Mono<Notification> started = postgres.createStatement(listen).execute()
                .flatMap(PostgresqlResult::getRowsUpdated).then(Mono.fromRunnable(() -> {
                    tellAll(true);
                    log.info("Listening for committed changes on {}", listeners.keySet());
                }));
        return Flux.merge(postgres.getNotifications(), started);
    }

    /** Closes the listening connection; one that the database or the network closed first needs nothing more. */
    private static Mono<Void> close(Connection connection) {
        return Mono.from(connection.close()).onErrorComplete();
    }

    private void deliver(Notification announcement) {
        listeners.getOrDefault(announcement.getName(), List.of())
                .forEach(listener -> listener.announced(announcement.getParameter()));
    }

    private void lost(Throwable cause) {
        if (listening) {
            log.warn("Not listening for committed changes until the connection is back: {}", cause.toString());
        }
        tellAll(false);
    }

    private void tellAll(boolean now) {
        listening = now;
        listeners.values().forEach(channel -> channel.forEach(listener -> listener.listening(now)));
    }

    @Override
    public void stop() {
        Disposable running = connection;
        if (running != null) {
            running.dispose();
        }
        tellAll(false);
    }

    @Override
    public boolean isRunning() {
        Disposable running = connection;
        return running != null && !running.isDisposed();
    }
}
