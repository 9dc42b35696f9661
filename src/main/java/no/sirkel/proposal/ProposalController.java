package no.sirkel.proposal;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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
    @Operation(summary = "Publish a plan's proposals",
            description = "Publishes a SOLVED or STOPPED plan's matches as proposals to both sides, once (PLANNER, "
                    + "ADMIN); a match whose listing changed since the snapshot is published STALE with the reason.")
    @ApiResponse(responseCode = "409", description = "The plan is already published, or the scenario has no plan")
    @PostMapping("/scenarios/{id}/proposals")
    Mono<ResponseEntity<Publication>> publish(Caller caller,
                                              @Parameter(description = "The proposal's id (for publishing: the "
                                                      + "scenario's id)")
                                              @PathVariable UUID id) {
        return publisher.publish(id, caller).map(publication -> ResponseEntity
                .created(URI.create("/api/v1/proposals?scenarioId=" + id)).body(publication));
    }

    @Operation(summary = "List proposals",
            description = "A page of proposals, newest first, optionally by state and scenario: a member's own "
                    + "(either side), everything for PLANNER and ADMIN.")
    @GetMapping("/proposals")
    Mono<Page<ProposalView>> list(Caller caller,
                                  @Parameter(description = "Only proposals in this state: OPEN, ACCEPTED_BY_SUPPLIER, "
                                          + "ACCEPTED_BY_RECEIVER, DEAL, DECLINED or STALE")
                                  @RequestParam(required = false) String state,
                                  @Parameter(description = "Only proposals of this scenario (its id)")
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

    @Operation(summary = "Read a proposal",
            description = "One proposal with tonnes, road km, cost (NOK), CO2 (kg) and state; a member also sees its "
                    + "side and the counterpart's listing (exact company and location once it is a deal).")
    @GetMapping("/proposals/{id}")
    Mono<ProposalView> get(Caller caller,
                           @Parameter(description = "The proposal's id (for publishing: the scenario's id)")
                           @PathVariable UUID id) {
        return visible(caller, id).map(row -> ProposalView.of(row, caller));
    }

    /** The proposal's history, oldest first: every state change with who and when. */
    @Operation(summary = "A proposal's history",
            description = "Who changed the proposal's state and when; members see the side, never the token or "
                    + "company.")
    @GetMapping("/proposals/{id}/events")
    Mono<Page<ProposalEventView>> events(Caller caller,
                                         @Parameter(description = "The proposal's id (for publishing: the scenario's "
                                                 + "id)")
                                         @PathVariable UUID id) {
        return visible(caller, id).flatMap(row -> proposals.events(id)
                .map(event -> ProposalEventView.of(event, row, caller))
                .collectList()
                .map(events -> new Page<>(events, null)));
    }

    @Operation(summary = "Accept a proposal",
            description = "The caller's side accepts; both sides accepting make a deal, which reserves the tonnes on "
                    + "both listings.")
    @ApiResponse(responseCode = "409",
            description = "The proposal cannot be accepted in its state, or the tonnes are no longer free")
    @PostMapping("/proposals/{id}/accept")
    Mono<ProposalView> accept(Caller caller,
                              @Parameter(description = "The proposal's id (for publishing: the scenario's id)")
                              @PathVariable UUID id) {
        return answers.accept(id, caller).map(row -> ProposalView.of(row, caller));
    }

    @Operation(summary = "Decline a proposal",
            description = "The caller's side declines the proposal.")
    @ApiResponse(responseCode = "409", description = "The proposal cannot be declined in its state")
    @PostMapping("/proposals/{id}/decline")
    Mono<ProposalView> decline(Caller caller,
                               @Parameter(description = "The proposal's id (for publishing: the scenario's id)")
                               @PathVariable UUID id) {
        return answers.decline(id, caller).map(row -> ProposalView.of(row, caller));
    }

    /** The proposal where the caller may see it: planners and admins always, members where it touches them. */
    private Mono<ProposalRow> visible(Caller caller, UUID id) {
        return proposals.findById(id)
                .filter(row -> caller.role() != Role.MEMBER || row.sideOf(caller.companyId()) != null)
                .switchIfEmpty(Mono.error(ApiException.notFound("proposal", id)));
    }

}
