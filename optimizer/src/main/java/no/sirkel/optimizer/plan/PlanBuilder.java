package no.sirkel.optimizer.plan;

import java.util.ArrayList;
import java.util.List;

import no.sirkel.optimizer.network.Arc;
import no.sirkel.optimizer.network.Flows;
import no.sirkel.optimizer.network.Network;
import no.sirkel.optimizer.network.PreparedProblem;
import no.sirkel.optimizer.problem.Parameters;
import no.sirkel.optimizer.problem.Problem;

/**
 * Turns flows on a {@link PreparedProblem}'s network into a {@link Plan}: every arc with more than
 * {@link Network#EPSILON_TONNES} becomes a match (smaller flows count as none, as in {@link Network#cost}), each
 * supply's remainder goes to its disposal site and each demand's remainder comes from its virgin source, both as the
 * network chose them. Nothing is rounded except the score and the truck-trip counts.
 */
public final class PlanBuilder {

    private final PreparedProblem prepared;
    private final Network network;
    private final Parameters parameters;

    public PlanBuilder(PreparedProblem prepared) {
        this.prepared = prepared;
        this.network = prepared.network();
        this.parameters = prepared.problem().parameters();
    }

    /** Whole trucks for a flow; the tiny tolerance keeps 34.000000000001 t on 17 t trucks at 2 trips. */
    public static long truckTrips(double tonnes, double truckPayloadTonnes) {
        return (long) Math.ceil(tonnes / truckPayloadTonnes - 1e-9);
    }

    /**
     * @param flows        feasible flows on the prepared network
     * @param greedyCost   cost of the greedy plan, for comparison
     * @param lowerBound   a proven lower bound on the cost
     * @param solveSeconds wall-clock seconds spent
     */
    public Plan build(Flows flows, double greedyCost, double lowerBound, double solveSeconds) {
        Breakdown breakdown = new Breakdown(flows, true);
        Breakdown baseline = new Breakdown(new Flows(network.arcCount()), false);
        Plan.Totals totals = breakdown.totals();
        double cost = totals.cost();
        return new Plan(prepared.problem().name(), breakdown.matches, breakdown.disposals, breakdown.virginDeliveries,
                totals, Plan.Baseline.of(baseline.totals(), baseline.unplacedTonnes, baseline.unmetTonnes),
                new Plan.Greedy(greedyCost), lowerBound, gapPercent(cost, lowerBound),
                "0hard/" + (-Math.round(cost)) + "soft", solveSeconds);
    }

    /** The plan's totals for some flows, without building the rest of the plan. */
    public Plan.Totals totals(Flows flows) {
        return new Breakdown(flows, false).totals();
    }

    /** {@code 100 × (cost − lowerBound) / lowerBound}, at least 0; null where the bound is 0 and the cost is not. */
    public static Double gapPercent(double cost, double lowerBound) {
        if (lowerBound > 0) {
            return Math.max(0, 100 * (cost - lowerBound) / lowerBound);
        }
        return cost <= lowerBound ? 0.0 : null;
    }

    /** The figures of one plan, summed flow by flow. */
    private final class Breakdown {

        final List<Plan.Match> matches = new ArrayList<>();
        final List<Plan.Disposal> disposals = new ArrayList<>();
        final List<Plan.VirginDelivery> virginDeliveries = new ArrayList<>();
        double transportCost;
        double fixedCost;
        double disposalCost;
        double virginCost;
        double penaltyCost;
        double tonneKm;
        long truckTrips;
        double reusedTonnes;
        /** Tonnes that pay the penalty: supply no landfill takes, demand no quarry sells. */
        double unplacedTonnes;
        double unmetTonnes;

        Breakdown(Flows flows, boolean listFlows) {
            Problem problem = prepared.problem();
            double[] sent = new double[network.supplyCount()];
            double[] received = new double[network.demandCount()];
            for (Arc arc : network.arcs()) {
                double tonnes = flows.tonnes(arc.index());
                if (tonnes <= Network.EPSILON_TONNES) {
                    continue;
                }
                sent[arc.supply()] += tonnes;
                received[arc.demand()] += tonnes;
                double transport = arc.costPerTonne() * tonnes;
                transportCost += transport;
                fixedCost += arc.fixedCost();
                tonneKm += tonnes * arc.km();
                truckTrips += trips(tonnes);
                reusedTonnes += tonnes;
                if (listFlows) {
                    matches.add(new Plan.Match(problem.supplies().get(arc.supply()).id(),
                            problem.demands().get(arc.demand()).id(), tonnes, arc.km(), trips(tonnes),
                            transport + arc.fixedCost(), tonnes * arc.km() * parameters.co2KgPerTonneKm()));
                }
            }
            for (int s = 0; s < network.supplyCount(); s++) {
                double rest = network.supplyTonnes(s) - sent[s];
                if (rest > Network.EPSILON_TONNES) {
                    dispose(s, rest, listFlows);
                }
            }
            for (int d = 0; d < network.demandCount(); d++) {
                double rest = network.demandTonnes(d) - received[d];
                if (rest > Network.EPSILON_TONNES) {
                    buyVirgin(d, rest, listFlows);
                }
            }
        }

        private void dispose(int s, double tonnes, boolean listFlows) {
            int site = prepared.disposalSite(s);
            truckTrips += trips(tonnes);
            Double km = null;
            Double cost = null;
            if (site == PreparedProblem.PENALTY) {
                penaltyCost += network.disposalCostPerTonne(s) * tonnes;
                unplacedTonnes += tonnes;
            } else {
                km = prepared.disposalKm(s);
                double transport = prepared.costPerTonneKm() * km * tonnes;
                double fee = prepared.gateFeePerTonne(site) * tonnes;
                transportCost += transport;
                disposalCost += fee;
                tonneKm += tonnes * km;
                cost = transport + fee;
            }
            if (listFlows) {
                disposals.add(new Plan.Disposal(prepared.problem().supplies().get(s).id(),
                        site == PreparedProblem.PENALTY ? null : prepared.problem().disposalSites().get(site).id(),
                        tonnes, km, cost, trips(tonnes), co2Kg(tonnes, km)));
            }
        }

        private void buyVirgin(int d, double tonnes, boolean listFlows) {
            int source = prepared.virginSource(d);
            truckTrips += trips(tonnes);
            Double km = null;
            Double cost = null;
            if (source == PreparedProblem.PENALTY) {
                penaltyCost += network.virginCostPerTonne(d) * tonnes;
                unmetTonnes += tonnes;
            } else {
                km = prepared.virginKm(d);
                double transport = prepared.costPerTonneKm() * km * tonnes;
                double price = prepared.pricePerTonne(source) * tonnes;
                transportCost += transport;
                virginCost += price;
                tonneKm += tonnes * km;
                cost = transport + price;
            }
            if (listFlows) {
                virginDeliveries.add(new Plan.VirginDelivery(prepared.problem().demands().get(d).id(),
                        source == PreparedProblem.PENALTY ? null : prepared.problem().virginSources().get(source).id(),
                        tonnes, km, cost, trips(tonnes), co2Kg(tonnes, km)));
            }
        }

        /** CO2 of a remainder's haul; null where it goes nowhere (no km). */
        private Double co2Kg(double tonnes, Double km) {
            return km == null ? null : tonnes * km * parameters.co2KgPerTonneKm();
        }

        private long trips(double tonnes) {
            return truckTrips(tonnes, parameters.truckPayloadTonnes());
        }

        double cost() {
            return transportCost + fixedCost + disposalCost + virginCost + penaltyCost;
        }

        double co2Kg() {
            return tonneKm * parameters.co2KgPerTonneKm();
        }

        Plan.Totals totals() {
            double supplyTonnes = 0;
            for (int s = 0; s < network.supplyCount(); s++) {
                supplyTonnes += network.supplyTonnes(s);
            }
            return new Plan.Totals(cost(), transportCost, fixedCost, disposalCost, virginCost, penaltyCost, tonneKm,
                    co2Kg(), truckTrips, reusedTonnes, supplyTonnes > 0 ? reusedTonnes / supplyTonnes : 0);
        }
    }
}
