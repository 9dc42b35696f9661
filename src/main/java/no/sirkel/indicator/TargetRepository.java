package no.sirkel.indicator;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The region's targets per indicator and year, and every change to them with who and when. */
@Repository
class TargetRepository {

    private final DatabaseClient db;

    TargetRepository(DatabaseClient db) {
        this.db = db;
    }

    Flux<TargetView> all() {
        return db.sql("select indicator, year, value, set_by, set_at from indicator_target order by indicator, year")
                .map(row -> new TargetView(row.get("indicator", String.class), row.get("year", Integer.class),
                        row.get("value", Double.class), row.get("set_by", UUID.class),
                        row.get("set_at", OffsetDateTime.class).toInstant()))
                .all();
    }

    Mono<TargetView> set(Indicator indicator, int year, double value, UUID token) {
        return db.sql("""
                        with target as (
                            insert into indicator_target (indicator, year, value, set_by) values (:key, :year, :value, :by)
                            on conflict (indicator, year) do update set value = excluded.value, set_by = excluded.set_by,
                                                                         set_at = now()
                            returning indicator, year, value, set_by, set_at),
                        history as (
                            insert into indicator_target_event (indicator, year, value, set_by)
                            values (:key, :year, :value, :by))
                        select * from target""")
                .bind("key", indicator.key()).bind("year", year).bind("value", value).bind("by", token)
                .map(row -> new TargetView(row.get("indicator", String.class), row.get("year", Integer.class),
                        row.get("value", Double.class), row.get("set_by", UUID.class),
                        row.get("set_at", OffsetDateTime.class).toInstant()))
                .one();
    }

    /**
     * A target as stored.
     *
     * @param indicator the indicator's key
     * @param value     in the indicator's unit
     * @param setBy     the admin token that set it last
     */
    record TargetView(@Schema(description = "The indicator's key") String indicator,
                      @Schema(description = "The calendar year") int year,
                      @Schema(description = "The target, in the indicator's unit") double value,
                      @Schema(description = "The id of the token that set it") UUID setBy,
                      @Schema(description = "When it was set (ISO 8601 UTC)") Instant setAt) {
    }
}
