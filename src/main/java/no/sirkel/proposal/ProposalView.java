package no.sirkel.proposal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import no.sirkel.facility.Facility;
import no.sirkel.geo.GeoPoint;
import no.sirkel.listing.ListingPrivacy;
import no.sirkel.listing.Listings;
import no.sirkel.scenario.ScenarioPlans;
import no.sirkel.security.Caller;
import no.sirkel.security.Role;

/**
 * A proposal as the API shows it. Planners and admins see the leg itself; a member also sees which side it is on and
 * the counterpart: the other side's listing, or on a hub leg the hub. The counterpart's company and a listing's exact
 * location show only once the proposal is a deal: the broker keeps names confidential until both sides have accepted.
 * The counterpart's listing id is shown; it leads only to the listing as {@link ListingPrivacy} shows it, without
 * company or site. A hub is a registered facility, public with its place.
 *
 * @param kind               {@code MATCH}, {@code TO_HUB} or {@code FROM_HUB}
 * @param supplyId           the supply; absent on a leg from a hub
 * @param demandId           the demand; absent on a leg to a hub
 * @param hubId              the storage hub of a hub leg; absent on a match
 * @param material           the material code moved (on a hub leg as the hub stores it)
 * @param contaminationClass its condition class 1..5; absent where it has none
 * @param tonnes             tonnes to move
 * @param km                 road kilometres between the two ends
 * @param cost               the plan's estimated cost of the leg in NOK (see {@link ScenarioPlans.Leg#cost})
 * @param co2Kg              the plan's estimated CO2 of the transport in kilograms
 * @param schedule           tonnes per period (its first day), in period order; empty for a plan without periods
 * @param publishedAt        when the scenario's plan was published as this proposal
 */
@Schema(description = "A leg of a published plan offered to the companies on its two sides")
record ProposalView(@Schema(description = "The proposal's id") UUID id,
                    @Schema(description = "The scenario whose plan it comes from") UUID scenarioId,
                    @Schema(description = "MATCH: supply to demand; TO_HUB: supply into a storage hub; FROM_HUB: a "
                            + "hub's stock to a demand")
                    ProposalKind kind,
                    @Schema(description = "The supply; absent on a leg from a hub") UUID supplyId,
                    @Schema(description = "The demand; absent on a leg to a hub") UUID demandId,
                    @Schema(description = "The storage hub of a hub leg; absent on a match") UUID hubId,
                    @Schema(description = "The material code moved (on a hub leg as the hub stores it)")
                    String material,
                    @Schema(description = "Its condition class 1 (clean) to 5; absent where it has none")
                    Integer contaminationClass,
                    @Schema(description = "Tonnes to move") double tonnes,
                    @Schema(description = "Road km between the two ends") double km,
                    @Schema(description = "The plan's estimated cost of the leg, NOK") double cost,
                    @Schema(description = "The plan's estimated CO2 of the transport, kg") double co2Kg,
                    @Schema(description = "Tonnes per period (named by its first day), in period order; empty for a "
                            + "plan without periods")
                    List<ScenarioPlans.PeriodTonnes> schedule,
                    @Schema(description = "Where it stands: OPEN, ACCEPTED_BY_SUPPLIER or ACCEPTED_BY_RECEIVER "
                            + "(undecided), or DEAL, DECLINED, STALE (a listing changed) or SUPERSEDED (a later "
                            + "publication offers it again)")
                    ProposalState state,
                    @Schema(description = "When the scenario's plan was published as this proposal (ISO 8601)")
                    OffsetDateTime publishedAt,
                    @Schema(description = "When it was created (ISO 8601)") OffsetDateTime createdAt,
                    @Schema(description = "When it last changed state (ISO 8601)") OffsetDateTime updatedAt,
                    @Schema(description = "The side the calling member's company is on (SUPPLIER, RECEIVER or BOTH); "
                            + "absent for planners and admins")
                    Side side,
                    @Schema(description = "The other side, as a member sees it; absent for planners and admins")
                    Counterpart counterpart) {

    static ProposalView of(ProposalRow row, Caller caller) {
        Side side = caller.role() == Role.MEMBER ? row.sideOf(caller.companyId()) : null;
        Counterpart counterpart = side == Side.SUPPLIER ? Counterpart.of("DEMAND", row.receiver(), row)
                : side == Side.RECEIVER ? Counterpart.of("SUPPLY", row.supplier(), row)
                : null;
        return new ProposalView(row.id(), row.scenarioId(), row.kind(), row.supplier().listingId(),
                row.receiver().listingId(), row.hub() == null ? null : row.hub().id(), row.material(),
                row.contaminationClass(), row.tonnes(), row.km(), row.cost(), row.co2Kg(), row.schedule(),
                row.state(), row.createdAt(), row.createdAt(), row.updatedAt(), side, counterpart);
    }

    /**
     * The other side: a listing, or the hub of a hub leg.
     *
     * @param listingType        {@code SUPPLY}, {@code DEMAND} or {@code HUB}
     * @param name               the hub's name (hubs only)
     * @param material           the supply's material code (supplies only)
     * @param accepts            the material codes the demand or hub accepts (demands and hubs; null for a hub that
     *                           takes every material)
     * @param contaminationClass the supply's class, or the highest class the demand or hub accepts
     * @param tonnes             the listing's tonnes, or the hub's capacity
     * @param remainingTonnes    a listing's tonnes not yet promised in deals (listings only)
     * @param from               start of the availability or need window (listings only)
     * @param to                 end of that window (listings only)
     * @param location           the place as a GeoJSON Point (WGS84 longitude, latitude): a listing's before the deal
     *                           snapped to the grid of {@link ListingPrivacy#coarse}, exact once it is a deal; a hub's
     *                           exact
     * @param company            who the counterpart is: present only once the proposal is a deal, and never for a
     *                           hub the region runs
     */
    @Schema(description = "The other side of a proposal: a listing, or the hub of a hub leg")
    record Counterpart(@Schema(description = "The other side's listing (listings only)") UUID listingId,
                       @Schema(description = "SUPPLY, DEMAND or HUB", allowableValues = {"SUPPLY", "DEMAND", "HUB"})
                       String listingType,
                       @Schema(description = "The hub (hubs only)") UUID hubId,
                       @Schema(description = "The hub's name (hubs only)") String name,
                       @Schema(description = "The supply's material code (supplies only)") String material,
                       @Schema(description = "The material codes the demand or hub accepts; null for a hub that takes "
                               + "every material")
                       List<String> accepts,
                       @Schema(description = "The supply's condition class, or the highest class (1 to 5) the demand "
                               + "or hub accepts")
                       Integer contaminationClass,
                       @Schema(description = "The listing's tonnes, or the hub's capacity in tonnes") Double tonnes,
                       @Schema(description = "A listing's tonnes not yet promised in deals (listings only)")
                       Double remainingTonnes,
                       @Schema(description = "First day of the availability or need window, ISO yyyy-mm-dd "
                               + "(listings only)")
                       LocalDate from,
                       @Schema(description = "Last day of that window, ISO yyyy-mm-dd; null: open (listings only)")
                       LocalDate to,
                       @Schema(description = "The municipality it is in") String municipality,
                       @Schema(description = "The place: a listing's snapped to the confidentiality grid until the "
                               + "proposal is a deal, exact after; a hub's exact")
                       Point location,
                       @Schema(description = "Who the counterpart is: present only once the proposal is a deal, never "
                               + "for a hub the region runs")
                       Company company) {

        static Counterpart of(String listingType, ListingParty party, ProposalRow row) {
            Company company = row.state() == ProposalState.DEAL && party.companyId() != null
                    ? new Company(party.companyId(), party.companyName(), party.contactEmail()) : null;
            if (party.listing() == null) {
                Facility hub = row.hub();
                GeoPoint at = hub.location().position();
                return new Counterpart(null, "HUB", hub.id(), hub.name(), null, hub.accepts(),
                        hub.maxContaminationClass(), hub.capacityTonnes(), null, null, null, hub.municipality(),
                        Point.of(at.lon(), at.lat()), company);
            }
            Listings.Summary terms = party.listing();
            GeoPoint site = new GeoPoint(terms.lon(), terms.lat());
            GeoPoint shown = row.state() == ProposalState.DEAL ? site : ListingPrivacy.coarse(site);
            return new Counterpart(party.listingId(), listingType, null, null, terms.material(), terms.accepts(),
                    terms.contaminationClass(), terms.tonnes(), terms.tonnes() - terms.reservedTonnes(),
                    terms.from(), terms.to(), terms.municipality(), Point.of(shown.lon(), shown.lat()), company);
        }
    }

    @Schema(name = "CounterpartCompany", description = "The company on the other side of a deal")
    record Company(@Schema(description = "The company's id") UUID id,
                   @Schema(description = "The company's name") String name,
                   @Schema(description = "Whom to write to about the deal") String contactEmail) {
    }

    /** A GeoJSON Point: coordinates are [longitude, latitude] in WGS84 degrees. */
    @Schema(name = "CounterpartPoint", description = "A GeoJSON Point in WGS84")
    record Point(@Schema(description = "Always Point") String type,
                 @Schema(description = "[longitude, latitude] in WGS84 degrees; the counterpart's on the "
                         + "confidentiality grid until the proposal is a deal")
                 List<Double> coordinates) {

        static Point of(double lon, double lat) {
            return new Point("Point", List.of(lon, lat));
        }
    }
}
