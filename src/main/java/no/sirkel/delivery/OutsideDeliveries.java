package no.sirkel.delivery;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.IntStream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import no.sirkel.material.MaterialCatalogue;
import no.sirkel.security.Caller;
import no.sirkel.security.Role;
import no.sirkel.site.Site;
import no.sirkel.site.SiteDirectory;
import no.sirkel.web.FieldErrors;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Masses moved outside Sirkel: a member records them for its own company's sites (an admin for any), and members
 * read only their own company's records; planners and admins read all.
 */
@Service
class OutsideDeliveries {

    private final OutsideDeliveryRepository records;
    private final SiteDirectory sites;
    private final MaterialCatalogue catalogue;
    private final TransactionalOperator transaction;

    OutsideDeliveries(OutsideDeliveryRepository records, SiteDirectory sites, MaterialCatalogue catalogue,
                      TransactionalOperator transaction) {
        this.records = records;
        this.sites = sites;
        this.catalogue = catalogue;
        this.transaction = transaction;
    }

    /**
     * Records them all or none: 422 naming every field at fault ({@code rows[i].} for a CSV import), 403 where a site
     * belongs to another company.
     */
    Mono<List<OutsideDelivery>> record(List<OutsideDeliveryRequest> requests, Caller caller) {
        caller.requireRole(Role.MEMBER, Role.ADMIN);
        Mono<Map<UUID, Site>> named = Flux.fromIterable(requests).map(OutsideDeliveryRequest::siteId)
                .filter(Objects::nonNull).distinct().flatMap(sites::find).collectMap(Site::id);
        return Mono.zip(catalogue.byCode(), named).flatMap(found -> {
            FieldErrors errors = new FieldErrors();
            LocalDate today = LocalDate.now(Delivery.CALENDAR);
            boolean single = requests.size() == 1;
            List<OutsideDeliveryRequest.Valid> valid = IntStream.range(0, requests.size())
                    .mapToObj(i -> requests.get(i).validated(today, found.getT1(), found.getT2(),
                            single ? "" : "rows[" + i + "].", errors))
                    .toList();
            errors.check(!requests.isEmpty(), "rows", "field.delivery.records");
            errors.throwIfAny();
            valid.forEach(record -> caller.requireWriteFor(found.getT2().get(record.siteId()).companyId()));
            return Flux.fromIterable(valid)
                    .concatMap(record -> records.insert(record, found.getT2().get(record.siteId()).companyId(),
                            caller.tokenId()))
                    .collectList()
                    .as(transaction::transactional);
        });
    }

    /** What the caller may read, optionally of one site. */
    Flux<OutsideDelivery> list(Caller caller, UUID siteId) {
        return records.find(caller.role() == Role.MEMBER ? caller.companyId() : null, siteId);
    }
}
