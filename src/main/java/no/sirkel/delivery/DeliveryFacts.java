package no.sirkel.delivery;

import java.util.UUID;

import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;

/** Deliveries for reports and indicators, without caller checks: the calling feature decides who may see what. */
@Service
public class DeliveryFacts {

    private final DeliveryRepository deliveries;
    private final OutsideDeliveryRepository outside;

    DeliveryFacts(DeliveryRepository deliveries, OutsideDeliveryRepository outside) {
        this.deliveries = deliveries;
        this.outside = outside;
    }

    /** Every delivery under every deal, disputed ones included, by date. */
    public Flux<Delivery> underDeals() {
        return deliveries.all();
    }

    /** The deal's deliveries, disputed ones included, by date. */
    public Flux<Delivery> ofDeal(UUID proposalId) {
        return deliveries.ofDeal(proposalId);
    }

    /** Masses moved outside Sirkel, of one site or (null) of every site, by date. */
    public Flux<OutsideDelivery> outside(UUID siteId) {
        return outside.find(null, siteId);
    }
}
