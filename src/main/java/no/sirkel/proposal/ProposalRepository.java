package no.sirkel.proposal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import io.r2dbc.spi.Readable;
import no.sirkel.scenario.ScenarioPlans;
import no.sirkel.security.Role;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads proposals with their two sides' companies and their schedules, and writes their state changes and history. A
 * proposal keeps the companies of its sides; the listings themselves are the listing feature's, the hubs the facility
 * feature's.
 */
@Repository
class ProposalRepository {

    private static final String SELECT = """
            select p.id, p.scenario_id, p.kind, p.hub_id, p.material, p.contamination_class, p.supply_id,
                   p.demand_id, p.tonnes, p.km, p.cost, p.co2_kg, p.state, p.created_at, p.updated_at,
                   p.supplier_company, sc.name as supplier_name, sc.contact_email as supplier_email,
                   p.receiver_company, dc.name as receiver_name, dc.contact_email as receiver_email
            from proposal p
            left join company sc on sc.id = p.supplier_company
            left join company dc on dc.id = p.receiver_company
            """;

    private final DatabaseClient db;

    ProposalRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<StoredProposal> findById(UUID id) {
        return db.sql(SELECT + "where p.id = :id").bind("id", id).map(ProposalRepository::proposal).one();
    }

    /**
     * Proposals ordered by id after the given one (null: from the start), optionally only those touching the
     * company's listings, in the state, or of the scenario (each null: no such filter).
     */
    Flux<StoredProposal> find(UUID company, ProposalState state, UUID scenarioId, UUID after, int limit) {
        var spec = db.sql(SELECT + """
                where (:company::uuid is null or p.supplier_company = :company::uuid
                       or p.receiver_company = :company::uuid)
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

    /** The proposals' schedules by proposal id, each in period order; none for a proposal without periods. */
    Mono<Map<UUID, List<ScenarioPlans.PeriodTonnes>>> schedules(Collection<UUID> ids) {
        return db.sql("""
                        select proposal_id, period, tonnes from proposal_period
                        where proposal_id = any(:ids) order by proposal_id, period""")
                .bind("ids", ids.toArray(UUID[]::new))
                .map(row -> Map.entry(row.get("proposal_id", UUID.class), new ScenarioPlans.PeriodTonnes(
                        row.get("period", LocalDate.class), row.get("tonnes", Double.class))))
                .all()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    /**
     * Moves the undecided proposals that the condition picks out to a final state, locking them in id order (after
     * the listings the caller holds: the lock order {@link ProposalAnswers} follows), each with its event.
     *
     * @param which      an SQL condition on the proposal {@code p}, its parameters bound by {@code parameters}
     * @param actorToken the token that caused it, or null where a listing change did
     */
    Mono<Void> closeUndecided(String which, Map<String, Object> parameters, ProposalState to, UUID actorToken,
                              String reason) {
        var spec = db.sql("""
                        with undecided as (
                            select p.id, p.state from proposal p
                            where (%s)
                              and p.state in ('OPEN', 'ACCEPTED_BY_SUPPLIER', 'ACCEPTED_BY_RECEIVER')
                            order by p.id
                            for update
                        ), closed as (
                            update proposal p set state = :to, version = p.version + 1, updated_at = now()
                            from undecided u where p.id = u.id
                            returning p.id, u.state as from_state
                        )
                        insert into proposal_event (proposal_id, from_state, to_state, actor_token, reason)
                        select id, from_state, :to, :token, :reason from closed""".formatted(which))
                .bind("to", to.name()).bind("reason", reason);
        spec = actorToken == null ? spec.bindNull("token", UUID.class) : spec.bind("token", actorToken);
        for (Map.Entry<String, Object> parameter : parameters.entrySet()) {
            spec = spec.bind(parameter.getKey(), parameter.getValue());
        }
        return spec.then();
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

    private static StoredProposal proposal(Readable row) {
        return new StoredProposal(row.get("id", UUID.class), row.get("scenario_id", UUID.class),
                ProposalKind.valueOf(row.get("kind", String.class)), row.get("hub_id", UUID.class),
                row.get("material", String.class), row.get("contamination_class", Integer.class),
                row.get("tonnes", Double.class), row.get("km", Double.class), row.get("cost", Double.class),
                row.get("co2_kg", Double.class), ProposalState.valueOf(row.get("state", String.class)),
                row.get("created_at", OffsetDateTime.class), row.get("updated_at", OffsetDateTime.class),
                party(row, "supply_id", "supplier"), party(row, "demand_id", "receiver"));
    }

    private static StoredProposal.Party party(Readable row, String listingColumn, String side) {
        return new StoredProposal.Party(row.get(listingColumn, UUID.class), row.get(side + "_company", UUID.class),
                row.get(side + "_name", String.class), row.get(side + "_email", String.class));
    }

    private static ProposalState state(String name) {
        return name == null ? null : ProposalState.valueOf(name);
    }

    private static Role role(String name) {
        return name == null ? null : Role.valueOf(name);
    }
}
