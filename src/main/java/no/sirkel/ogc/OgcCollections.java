package no.sirkel.ogc;

import java.util.ArrayList;
import java.util.List;

import no.sirkel.exchange.ListingRows;
import no.sirkel.facility.FacilityService;
import no.sirkel.listing.Listings;
import no.sirkel.material.MaterialCatalogue;
import no.sirkel.scenario.ScenarioPlans;
import no.sirkel.security.Caller;
import no.sirkel.web.ApiException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The collections: {@code supplies}, {@code demands} and {@code facilities} for every caller, and for planners and
 * admins {@code flows-<scenario id>} for each of the newest scenarios with a plan.
 */
@Component
class OgcCollections {

    /** A collection's id, title and description, and where its features come from. */
    record Entry(String id, String title, String description, FeatureSource source) {
    }

    private final List<Entry> fixed;
    private final FlowFeatures flows;
    private final ScenarioPlans plans;

    OgcCollections(Listings listings, ListingRows rows, FacilityService facilities, MaterialCatalogue catalogue,
                   ScenarioPlans plans) {
        this.fixed = List.of(
                new Entry("supplies", "Supplies / Overskuddsmasser",
                        "Surplus materials offered from sites: material, condition class, tonnes, window. Members"
                                + " see other companies' supplies while ACTIVE, and their names only for their own.",
                        new ListingFeatures<>("supply", listings::searchSupplies, listings::readSupply,
                                rows::supplies)),
                new Entry("demands", "Demands / Massebehov",
                        "Materials needed at sites: accepted materials, highest condition class, tonnes, window.",
                        new ListingFeatures<>("demand", listings::searchDemands, listings::readDemand,
                                rows::demands)),
                new Entry("facilities", "Facilities / Deponier, massetak og mellomlagre",
                        "Active landfills (gate fee), quarries (price) and storage hubs (handling fee, capacity).",
                        new FacilityFeatures(facilities, catalogue)));
        this.flows = new FlowFeatures(plans, catalogue);
        this.plans = plans;
    }

    /** Every collection the caller may read, the fixed ones first. */
    Mono<List<Entry>> visibleTo(Caller caller) {
        return plans.withPlan(caller).map(this::flowsEntry).collectList().map(found -> {
            List<Entry> all = new ArrayList<>(fixed);
            all.addAll(found);
            return all;
        });
    }

    /** The collection; 404 where there is none of that id the caller may read. */
    Mono<Entry> find(Caller caller, String collectionId) {
        if (collectionId.startsWith(FlowFeatures.PREFIX)) {
            return plans.find(caller, FlowFeatures.scenarioId(collectionId)).map(this::flowsEntry)
                    .onErrorMap(ApiException.class, e -> ApiException.notFound("collection", collectionId));
        }
        return Mono.justOrEmpty(fixed.stream().filter(entry -> entry.id().equals(collectionId)).findFirst())
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("collection", collectionId)));
    }

    private Entry flowsEntry(ScenarioPlans.Planned planned) {
        return new Entry(FlowFeatures.collectionId(planned.id()), "Flows: " + planned.name(),
                "The flows of scenario " + planned.id() + "'s plan: supplies to demands or landfills, quarries to"
                        + " demands, with tonnes, km, truck trips, cost (NOK) and CO2 (kg).", flows);
    }
}
