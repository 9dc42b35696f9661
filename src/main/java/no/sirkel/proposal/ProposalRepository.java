package no.sirkel.proposal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import io.r2dbc.spi.Readable;
import no.sirkel.security.Role;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads proposals with both of their listings, and writes their state changes and history. */
@Repository
class ProposalRepository {

    private static final String SELECT = """
            select p.id, p.scenario_id, p.tonnes, p.km, p.cost, p.co2_kg, p.state, p.created_at, p.updated_at,
                   s.id as s_id, s.company_id as s_company, sc.name as s_company_name,
                   sc.contact_email as s_contact_email, s.material as s_material, null::text[] as s_accepts,
                   s.contamination_class::int as s_class, s.tonnes as s_tonnes, s.reserved_tonnes as s_reserved,
                   s.available_from as s_from, s.available_to as s_to,
                   ss.municipality as s_municipality, ss.lat as s_lat, ss.lon as s_lon,
                   d.id as d_id, d.company_id as d_company, dc.name as d_company_name,
                   dc.contact_email as d_contact_email, null::text as d_material, d.accepts as d_accepts,
                   d.max_contamination_class::int as d_class, d.tonnes as d_tonnes, d.reserved_tonnes as d_reserved,
                   d.needed_from as d_from, d.needed_to as d_to,
                   ds.municipality as d_municipality, ds.lat as d_lat, ds.lon as d_lon
            from proposal p
            join supply s on s.id = p.supply_id
            join site ss on ss.id = s.site_id
            join company sc on sc.id = s.company_id
            join demand d on d.id = p.demand_id
            join site ds on ds.id = d.site_id
            join company dc on dc.id = d.company_id
            """;

    private final DatabaseClient db;

    ProposalRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<ProposalRow> findById(UUID id) {
        return db.sql(SELECT + "where p.id = :id").bind("id", id).map(ProposalRepository::proposal).one();
    }

    /**
     * Proposals ordered by id after the given one (null: from the start), optionally only those touching the
     * company's listings, in the state, or of the scenario (each null: no such filter).
     */
    Flux<ProposalRow> find(UUID company, ProposalState state, UUID scenarioId, UUID after, int limit) {
        var spec = db.sql(SELECT + """
                where (:company::uuid is null or s.company_id = :company::uuid or d.company_id = :company::uuid)
                  and (:state::text is null or p.state = :state::text)
                  and (:scenario::uuid is null or p.scenario_id = :scenario::uuid)
                  and (:after::uuid is null or p.id > :after::uuid)
                order by p.id limit :limit""");
        spec = company == null ? spec.bindNull("company", UUID.class) : spec.bind("company", company);
        spec = state == null ? spec.bindNull("state", String.class) : spec.bind("state", state.name());
        spec = scenarioId == null ? spec.bindNull("scenario", UUID.class) : spec.bind("scenario", scenarioId);
        spec = after == null ? spec.bindNull("after", UUID.class) : spec.bind("after", after);
        return spec.bind("limit", limit).map(ProposalRepository::proposal).all();
    }

    Flux<ProposalEventRow> events(UUID proposalId) {
        return db.sql("""
                        select e.id, e.at, e.from_state, e.to_state, e.actor_token, t.role as actor_role,
                               e.actor_company, e.reason
                        from proposal_event e left join api_token t on t.id = e.actor_token
                        where e.proposal_id = :id order by e.id""")
                .bind("id", proposalId)
                .map(row -> new ProposalEventRow(row.get("id", Long.class), row.get("at", OffsetDateTime.class),
                        state(row.get("from_state", String.class)), state(row.get("to_state", String.class)),
                        row.get("actor_token", UUID.class), role(row.get("actor_role", String.class)),
                        row.get("actor_company", UUID.class), row.get("reason", String.class)))
                .all();
    }

    /** Locks the proposal row until the transaction ends and returns its state. */
    Mono<ProposalState> lockState(UUID id) {
        return db.sql("select state from proposal where id = :id for update").bind("id", id)
                .map(row -> ProposalState.valueOf(row.get("state", String.class))).one();
    }

    Mono<Void> changeState(UUID id, ProposalState to) {
        return db.sql("update proposal set state = :to, version = version + 1, updated_at = now() where id = :id")
                .bind("id", id).bind("to", to.name()).then();
    }

    /**
     * Records a state change.
     *
     * @param actorToken   the token that caused it
     * @param actorCompany the member company acting, null for planners and admins
     */
    Mono<Void> recordEvent(UUID proposalId, ProposalState from, ProposalState to, UUID actorToken, UUID actorCompany,
                           String reason) {
        var spec = db.sql("""
                        insert into proposal_event (proposal_id, from_state, to_state, actor_token, actor_company, reason)
                        values (:proposal, :from, :to, :token, :company, :reason)""")
                .bind("proposal", proposalId).bind("from", from.name()).bind("to", to.name())
                .bind("token", actorToken).bind("reason", reason);
        spec = actorCompany == null ? spec.bindNull("company", UUID.class) : spec.bind("company", actorCompany);
        return spec.then();
    }

    private static ProposalRow proposal(Readable row) {
        return new ProposalRow(row.get("id", UUID.class), row.get("scenario_id", UUID.class),
                row.get("tonnes", Double.class), row.get("km", Double.class), row.get("cost", Double.class),
                row.get("co2_kg", Double.class), ProposalState.valueOf(row.get("state", String.class)),
                row.get("created_at", OffsetDateTime.class), row.get("updated_at", OffsetDateTime.class),
                party(row, "s_"), party(row, "d_"));
    }

    private static ListingParty party(Readable row, String prefix) {
        String[] accepts = row.get(prefix + "accepts", String[].class);
        return new ListingParty(row.get(prefix + "id", UUID.class), row.get(prefix + "company", UUID.class),
                row.get(prefix + "company_name", String.class), row.get(prefix + "contact_email", String.class),
                row.get(prefix + "material", String.class), accepts == null ? null : List.of(accepts),
                row.get(prefix + "class", Integer.class), row.get(prefix + "tonnes", Double.class),
                row.get(prefix + "reserved", Double.class), row.get(prefix + "from", LocalDate.class),
                row.get(prefix + "to", LocalDate.class), row.get(prefix + "municipality", String.class),
                row.get(prefix + "lat", Double.class), row.get(prefix + "lon", Double.class));
    }

    private static ProposalState state(String name) {
        return name == null ? null : ProposalState.valueOf(name);
    }

    private static Role role(String name) {
        return name == null ? null : Role.valueOf(name);
    }
}
