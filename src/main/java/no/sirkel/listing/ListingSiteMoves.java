package no.sirkel.listing;

import java.util.UUID;

import org.springframework.stereotype.Component;
import no.sirkel.geo.GeoPoint;
import no.sirkel.site.SiteMoveListener;
import reactor.core.publisher.Mono;

/** Supplies and demands keep a copy of their site's position; this moves it with the site. */
@Component
class ListingSiteMoves implements SiteMoveListener {

    private final SupplyRepository supplies;
    private final DemandRepository demands;

    ListingSiteMoves(SupplyRepository supplies, DemandRepository demands) {
        this.supplies = supplies;
        this.demands = demands;
    }

    @Override
    public Mono<Void> siteMoved(UUID siteId, GeoPoint location) {
        return supplies.moveSite(siteId, location).then(demands.moveSite(siteId, location)).then();
    }
}
