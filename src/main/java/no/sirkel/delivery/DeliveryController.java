package no.sirkel.delivery;

import java.net.URI;
import java.util.List;
import java.util.UUID;

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

    @PostMapping(path = "/proposals/{id}/deliveries", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<Delivery>> record(Caller caller, @PathVariable UUID id,
                                          @RequestBody DeliveryRequest request) {
        return deliveries.record(id, List.of(request), caller).map(saved -> ResponseEntity
                .created(URI.create("/api/v1/proposals/" + id + "/deliveries/" + saved.get(0).id()))
                .body(saved.get(0)));
    }

    @PostMapping(path = "/proposals/{id}/deliveries", consumes = CSV)
    @ResponseStatus(HttpStatus.CREATED)
    Mono<Page<Delivery>> importCsv(Caller caller, @PathVariable UUID id, @RequestBody(required = false) String csv) {
        FieldErrors errors = new FieldErrors();
        List<DeliveryRequest> requests = DeliveryCsv.deliveries(csv, errors);
        errors.throwIfAny();
        return deliveries.record(id, requests, caller).map(saved -> new Page<>(saved, null));
    }

    /** The deal's deliveries, what is still due, and whether it is complete or overdue. */
    @GetMapping("/proposals/{id}/deliveries")
    Mono<DeliveryLedger> ledger(Caller caller, @PathVariable UUID id) {
        return deliveries.ledger(id, caller);
    }

    @GetMapping("/proposals/{id}/deliveries/{deliveryId}/events")
    Mono<Page<DeliveryEventView>> events(Caller caller, @PathVariable UUID id, @PathVariable UUID deliveryId) {
        return deliveries.events(id, deliveryId, caller).collectList().map(events -> new Page<>(events, null));
    }

    @PostMapping("/proposals/{id}/deliveries/{deliveryId}/dispute")
    Mono<Delivery> dispute(Caller caller, @PathVariable UUID id, @PathVariable UUID deliveryId,
                           @RequestBody DisputeRequest request) {
        return deliveries.dispute(id, deliveryId, request.note(), caller);
    }

    @DeleteMapping("/proposals/{id}/deliveries/{deliveryId}/dispute")
    Mono<Delivery> withdrawDispute(Caller caller, @PathVariable UUID id, @PathVariable UUID deliveryId) {
        return deliveries.withdrawDispute(id, deliveryId, caller);
    }

    @PostMapping(path = "/outside-deliveries", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<OutsideDelivery>> recordOutside(Caller caller, @RequestBody OutsideDeliveryRequest request) {
        return outside.record(List.of(request), caller).map(saved -> ResponseEntity
                .created(URI.create("/api/v1/outside-deliveries?siteId=" + saved.get(0).siteId()))
                .body(saved.get(0)));
    }

    @PostMapping(path = "/outside-deliveries", consumes = CSV)
    @ResponseStatus(HttpStatus.CREATED)
    Mono<Page<OutsideDelivery>> importOutsideCsv(Caller caller, @RequestBody(required = false) String csv) {
        FieldErrors errors = new FieldErrors();
        List<OutsideDeliveryRequest> requests = DeliveryCsv.outside(csv, errors);
        errors.throwIfAny();
        return outside.record(requests, caller).map(saved -> new Page<>(saved, null));
    }

    /** Members read their own company's records; planners and admins every company's. */
    @GetMapping("/outside-deliveries")
    Mono<Page<OutsideDelivery>> listOutside(Caller caller, @RequestParam(required = false) UUID siteId) {
        return outside.list(caller, siteId).collectList().map(found -> new Page<>(found, null));
    }

    /** @param note why the supplier disputes the delivery, 1..2000 characters */
    record DisputeRequest(String note) {
    }
}
