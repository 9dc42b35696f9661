package no.sirkel.delivery;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import no.sirkel.security.Caller;
import no.sirkel.web.FieldErrors;
import no.sirkel.web.Page;
import reactor.core.publisher.Mono;

/**
 * Deliveries under deals, and masses moved outside Sirkel. Both take one record as JSON or many as CSV
 * ({@code Content-Type: text/csv}, a header row naming the JSON fields), all or none.
 */
@RestController
@RequestMapping("/api/v1")
class DeliveryController {

    private static final String CSV = "text/csv";

    private final DeliveryService deliveries;
    private final OutsideDeliveries outside;

    DeliveryController(DeliveryService deliveries, OutsideDeliveries outside) {
        this.deliveries = deliveries;
        this.outside = outside;
    }

    @Operation(summary = "Record a delivery",
            description = "Records a delivery (date, tonnes or quantity, truck trips, weighing ticket) against a "
                    + "deal; only the receiving side records. Answers 201 with the delivery.")
    @ApiResponse(responseCode = "409",
            description = "The proposal is not a deal, or the delivery would exceed what is due")
    @PostMapping(path = "/proposals/{id}/deliveries", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<Delivery>> record(Caller caller,
                                          @Parameter(description = "The proposal's id (a deal)")
                                          @PathVariable UUID id,
                                          @RequestBody DeliveryRequest request) {
        return deliveries.record(id, List.of(request), caller).map(saved -> ResponseEntity
                .created(URI.create("/api/v1/proposals/" + id + "/deliveries/" + saved.get(0).id()))
                .body(saved.get(0)));
    }

    @Operation(summary = "Record deliveries from CSV",
            description = "Records several deliveries against a deal from a CSV body with a header row (date, tonnes, "
                    + "truckTrips, ticket), all or none; only the receiving side records.")
    @ApiResponse(responseCode = "409",
            description = "The proposal is not a deal, or the deliveries would exceed what is due")
    @PostMapping(path = "/proposals/{id}/deliveries", consumes = CSV)
    @ResponseStatus(HttpStatus.CREATED)
    Mono<Page<Delivery>> importCsv(Caller caller,
                                   @Parameter(description = "The proposal's id (a deal)")
                                   @PathVariable UUID id, @RequestBody(required = false) String csv) {
        FieldErrors errors = new FieldErrors();
        List<DeliveryRequest> requests = DeliveryCsv.deliveries(csv, errors);
        errors.throwIfAny();
        return deliveries.record(id, requests, caller).map(saved -> new Page<>(saved, null));
    }

    /** The deal's deliveries, what is still due, and whether it is complete or overdue. */
    @Operation(summary = "A deal's delivery ledger",
            description = "The deal's deliveries with agreed, delivered, disputed and due tonnes; for both sides, "
                    + "PLANNER and ADMIN.")
    @GetMapping("/proposals/{id}/deliveries")
    Mono<DeliveryLedger> ledger(Caller caller,
                                @Parameter(description = "The proposal's id (a deal)")
                                @PathVariable UUID id) {
        return deliveries.ledger(id, caller);
    }

    @Operation(summary = "A delivery's history",
            description = "Who recorded, disputed or withdrew a dispute of the delivery, and when.")
    @GetMapping("/proposals/{id}/deliveries/{deliveryId}/events")
    Mono<Page<DeliveryEventView>> events(Caller caller,
                                         @Parameter(description = "The proposal's id (a deal)")
                                         @PathVariable UUID id,
                                         @Parameter(description = "The delivery's id") @PathVariable UUID deliveryId) {
        return deliveries.events(id, deliveryId, caller).collectList().map(events -> new Page<>(events, null));
    }

    @Operation(summary = "Dispute a delivery",
            description = "The supplying side disputes a recorded delivery, with a note; disputed tonnes do not count "
                    + "as delivered.")
    @ApiResponse(responseCode = "409", description = "The delivery is already disputed")
    @PostMapping("/proposals/{id}/deliveries/{deliveryId}/dispute")
    Mono<Delivery> dispute(Caller caller,
                           @Parameter(description = "The proposal's id (a deal)")
                           @PathVariable UUID id,
                           @Parameter(description = "The delivery's id") @PathVariable UUID deliveryId,
                           @RequestBody DisputeRequest request) {
        return deliveries.dispute(id, deliveryId, request.note(), caller);
    }

    @Operation(summary = "Withdraw a dispute",
            description = "The supplying side withdraws its dispute of a delivery; its tonnes count again.")
    @ApiResponse(responseCode = "409", description = "The delivery is not disputed")
    @DeleteMapping("/proposals/{id}/deliveries/{deliveryId}/dispute")
    Mono<Delivery> withdrawDispute(Caller caller,
                                   @Parameter(description = "The proposal's id (a deal)")
                                   @PathVariable UUID id,
                                   @Parameter(description = "The delivery's id") @PathVariable UUID deliveryId) {
        return deliveries.withdrawDispute(id, deliveryId, caller);
    }

    @Operation(summary = "Record a delivery outside the marketplace",
            description = "Records masses a site delivered elsewhere (landfill, another project) for the mass report; "
                    + "MEMBER for its own sites, ADMIN.")
    @PostMapping(path = "/outside-deliveries", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<OutsideDelivery>> recordOutside(Caller caller, @RequestBody OutsideDeliveryRequest request) {
        return outside.record(List.of(request), caller).map(saved -> ResponseEntity
                .created(URI.create("/api/v1/outside-deliveries?siteId=" + saved.get(0).siteId()))
                .body(saved.get(0)));
    }

    @Operation(summary = "Record outside deliveries from CSV",
            description = "Records several deliveries outside the marketplace from a CSV body with a header row, all "
                    + "or none.")
    @PostMapping(path = "/outside-deliveries", consumes = CSV)
    @ResponseStatus(HttpStatus.CREATED)
    Mono<Page<OutsideDelivery>> importOutsideCsv(Caller caller, @RequestBody(required = false) String csv) {
        FieldErrors errors = new FieldErrors();
        List<OutsideDeliveryRequest> requests = DeliveryCsv.outside(csv, errors);
        errors.throwIfAny();
        return outside.record(requests, caller).map(saved -> new Page<>(saved, null));
    }

    /** Members read their own company's records; planners and admins every company's. */
    @Operation(summary = "Deliveries outside the marketplace",
            description = "The deliveries outside the marketplace the caller may see, optionally of one site.")
    @GetMapping("/outside-deliveries")
    Mono<Page<OutsideDelivery>> listOutside(Caller caller,
                                            @Parameter(description = "Only deliveries from this site (its id)")
                                            @RequestParam(required = false) UUID siteId) {
        return outside.list(caller, siteId).collectList().map(found -> new Page<>(found, null));
    }

    /** @param note why the supplier disputes the delivery, 1..2000 characters */
    record DisputeRequest(@Schema(description = "Why the delivery is disputed") String note) {
    }
}
