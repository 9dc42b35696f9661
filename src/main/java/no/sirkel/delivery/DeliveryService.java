package no.sirkel.delivery;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import no.sirkel.proposal.Deal;
import no.sirkel.proposal.Deals;
import no.sirkel.security.Caller;
import no.sirkel.security.Role;
import no.sirkel.web.ApiException;
import no.sirkel.web.FieldErrors;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Deliveries under deals. The receiving side records them; the supplying side may dispute one (and withdraw its
 * dispute); both sides, planners and admins read them. A member of neither side learns nothing (404). Every change is
 * recorded with who and when, in the same transaction as the change.
 */
@Service
class DeliveryService {

    private static final int MAX_NOTE_LENGTH = 2000;

    private final Deals deals;
    private final DeliveryRepository deliveries;
    private final TransactionalOperator transaction;

    DeliveryService(Deals deals, DeliveryRepository deliveries, TransactionalOperator transaction) {
        this.deals = deals;
        this.deliveries = deliveries;
        this.transaction = transaction;
    }

    /**
     * Records the deliveries, all or none: 422 naming every field at fault (with {@code rows[i].} for a CSV import),
     * 409 naming {@code ticket} where a ticket is already recorded under the deal or repeats in the request.
     */
    Mono<List<Delivery>> record(UUID proposalId, List<DeliveryRequest> requests, Caller caller) {
        caller.requireRole(Role.MEMBER);
        return visibleDeal(proposalId, caller).flatMap(deal -> {
            if (!deal.isReceivedBy(caller.companyId())) {
                return Mono.error(ApiException.forbidden("auth.delivery.receiverRecords"));
            }
            FieldErrors errors = new FieldErrors();
            LocalDate today = LocalDate.now(Delivery.CALENDAR);
            boolean single = requests.size() == 1;
            List<DeliveryRequest.ValidDelivery> valid = IntStream.range(0, requests.size())
                    .mapToObj(i -> requests.get(i).validated(deal, today, single ? "" : "rows[" + i + "].", errors))
                    .toList();
            errors.check(!requests.isEmpty(), "rows", "field.delivery.rows");
            errors.throwIfAny();
            return deliveries.ofDeal(proposalId).mapNotNull(Delivery::ticket).collect(HashSet<String>::new, Set::add)
                    .flatMap(tickets -> {
                        for (DeliveryRequest.ValidDelivery delivery : valid) {
                            if (delivery.ticket() != null && !tickets.add(delivery.ticket())) {
                                return Mono.error(ApiException.conflict("ticket",
                                        "field.delivery.ticketRecorded", delivery.ticket()));
                            }
                        }
                        return Flux.fromIterable(valid)
                                .concatMap(delivery -> deliveries.insert(proposalId, delivery)
                                        .flatMap(saved -> deliveries.recordEvent(saved.id(), "RECORDED", null, caller)
                                                .thenReturn(saved)))
                                .collectList()
                                .as(transaction::transactional);
                    });
        });
    }

    Mono<DeliveryLedger> ledger(UUID proposalId, Caller caller) {
        return visibleDeal(proposalId, caller).flatMap(deal -> deliveries.ofDeal(proposalId).collectList()
                .map(list -> DeliveryLedger.of(deal, list, LocalDate.now(Delivery.CALENDAR))));
    }

    /** The supplier disputes a delivery, with a note: 409 where it is disputed already. */
    Mono<Delivery> dispute(UUID proposalId, UUID deliveryId, String note, Caller caller) {
        FieldErrors errors = new FieldErrors();
        if (errors.required(note, "note")) {
            errors.check(!note.isBlank() && note.length() <= MAX_NOTE_LENGTH, "note",
                    "field.oneToCharacters", MAX_NOTE_LENGTH);
        }
        errors.throwIfAny();
        return bySupplier(proposalId, deliveryId, caller, DeliveryState.RECORDED, DeliveryState.DISPUTED,
                note.strip(), "DISPUTED");
    }

    /** The supplier withdraws its dispute: the delivery counts again. 409 where it is not disputed. */
    Mono<Delivery> withdrawDispute(UUID proposalId, UUID deliveryId, Caller caller) {
        return bySupplier(proposalId, deliveryId, caller, DeliveryState.DISPUTED, DeliveryState.RECORDED, null,
                "DISPUTE_WITHDRAWN");
    }

    Flux<DeliveryEventView> events(UUID proposalId, UUID deliveryId, Caller caller) {
        return visibleDeal(proposalId, caller)
                .flatMap(deal -> deliveries.ofDeal(proposalId).filter(d -> d.id().equals(deliveryId)).next())
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("delivery", deliveryId)))
                .flatMapMany(delivery -> deliveries.events(deliveryId));
    }

    private Mono<Delivery> bySupplier(UUID proposalId, UUID deliveryId, Caller caller, DeliveryState from,
                                      DeliveryState to, String note, String change) {
        caller.requireRole(Role.MEMBER);
        return visibleDeal(proposalId, caller).flatMap(deal -> {
            if (!deal.isSuppliedBy(caller.companyId())) {
                return Mono.error(ApiException.forbidden("auth.delivery.supplierDisputes"));
            }
            return deliveries.lock(proposalId, deliveryId)
                    .switchIfEmpty(Mono.error(() -> ApiException.notFound("delivery", deliveryId)))
                    .flatMap(delivery -> delivery.state() != from
                            ? Mono.error(ApiException.conflict("state", "field.delivery.state", delivery.state()))
                            : deliveries.changeState(deliveryId, to, note)
                                    .flatMap(changed -> deliveries.recordEvent(deliveryId, change, note, caller)
                                            .thenReturn(changed)))
                    .as(transaction::transactional);
        });
    }

    /** The deal where the caller may see it: planners and admins always, members of either side. */
    private Mono<Deal> visibleDeal(UUID proposalId, Caller caller) {
        return deals.find(proposalId)
                .filter(deal -> caller.role() != Role.MEMBER || deal.isSuppliedBy(caller.companyId())
                        || deal.isReceivedBy(caller.companyId()))
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("deal", proposalId)));
    }
}
