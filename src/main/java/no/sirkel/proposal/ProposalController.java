package no.sirkel.proposal;

import java.net.URI;
import java.util.UUID;

import no.sirkel.security.Caller;
import no.sirkel.security.Role;
import no.sirkel.web.ApiException;
import no.sirkel.web.Cursor;
import no.sirkel.web.Page;
import no.sirkel.web.Paging;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Proposals: a scenario's matches and hub legs offered to the companies whose listings and hubs they join. Planners
 * and admins publish and read them all, and answer for the hubs the region runs; a member reads and answers those
 * touching its own listings or hubs, and for any other gets 404, since which proposals exist between other companies
 * is not its business.
 */
@RestController
@RequestMapping("/api/v1")
class ProposalController {

    private static final int MAX_LIMIT = 1000;

    private final ProposalPublisher publisher;
    private final ProposalAnswers answers;
    private final Proposals proposals;

    ProposalController(ProposalPublisher publisher, ProposalAnswers answers, Proposals proposals) {
        this.publisher = publisher;
        this.answers = answers;
        this.proposals = proposals;
    }

    /** 201 with what was created; {@code Location} lists the scenario's proposals. */
    @PostMapping("/scenarios/{id}/proposals")
    Mono<ResponseEntity<Publication>> publish(Caller caller, @PathVariable UUID id) {
        return publisher.publish(id, caller).map(publication -> ResponseEntity
                .created(URI.create("/api/v1/proposals?scenarioId=" + id)).body(publication));
    }

    @GetMapping("/proposals")
    Mono<Page<ProposalView>> list(Caller caller, @RequestParam(required = false) String state,
                                  @RequestParam(required = false) UUID scenarioId,
                                  @RequestParam(required = false) String cursor,
                                  @RequestParam(defaultValue = "100") int limit) {
        Paging.limit(limit, MAX_LIMIT);
        ProposalState wanted = state == null ? null : ProposalState.parse("state", state);
        UUID company = caller.role() == Role.MEMBER ? caller.companyId() : null;
        return proposals.find(company, wanted, scenarioId, Cursor.afterId(cursor), limit + 1)
                .map(row -> ProposalView.of(row, caller))
                .collectList()
                .map(found -> Paging.page(found, limit, proposal -> Cursor.after(proposal.id())));
    }

    @GetMapping("/proposals/{id}")
    Mono<ProposalView> get(Caller caller, @PathVariable UUID id) {
        return visible(caller, id).map(row -> ProposalView.of(row, caller));
    }

    /** The proposal's history, oldest first: every state change with who and when. */
    @GetMapping("/proposals/{id}/events")
    Mono<Page<ProposalEventView>> events(Caller caller, @PathVariable UUID id) {
        return visible(caller, id).flatMap(row -> proposals.events(id)
                .map(event -> ProposalEventView.of(event, row, caller))
                .collectList()
                .map(events -> new Page<>(events, null)));
    }

    @PostMapping("/proposals/{id}/accept")
    Mono<ProposalView> accept(Caller caller, @PathVariable UUID id) {
        return answers.accept(id, caller).map(row -> ProposalView.of(row, caller));
    }

    @PostMapping("/proposals/{id}/decline")
    Mono<ProposalView> decline(Caller caller, @PathVariable UUID id) {
        return answers.decline(id, caller).map(row -> ProposalView.of(row, caller));
    }

    /** The proposal where the caller may see it: planners and admins always, members where it touches them. */
    private Mono<ProposalRow> visible(Caller caller, UUID id) {
        return proposals.findById(id)
                .filter(row -> caller.role() != Role.MEMBER || row.sideOf(caller.companyId()) != null)
                .switchIfEmpty(Mono.error(ApiException.notFound("proposal", id)));
    }

}
