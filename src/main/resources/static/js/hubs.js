// Storage hubs in the planner's view: candidate hubs a planner places on the map before a run (sent with the
// scenario as candidateHubs), and after it the plan's hubs, whether each candidate opened (with its saving where the
// scenario's comparison gives it) and each hub's stock over the periods.
import {t, number} from './i18n.js';
import {$, el, value} from './ui.js';
import {StockChart} from './charts.js';

/** The candidate hubs drafted for the next scenario. */
export class CandidateHubs {

    constructor({map, onChange}) {
        this.map = map;
        this.onChange = onChange;
        this.hubs = [];
        this.position = null;
        this.form = $('#candidate-form');
        $('#candidate-place').addEventListener('click', () => this.place());
        $('#candidate-add').addEventListener('click', () => this.add());
        $('#candidate-cancel').addEventListener('click', () => this.closeForm());
        // Enter in a candidate's field adds the candidate rather than submitting the scenario around it
        this.form.addEventListener('keydown', event => {
            if (event.key === 'Enter') {
                event.preventDefault();
                this.add();
            }
        });
    }

    /**
     * The candidates in the optimizer format v2's storageHubs form, each with its opening cost and the name the
     * planner gave it; null where none.
     */
    body() {
        return this.hubs.length ? this.hubs.map(({id, name, lat, lon, capacityTonnes, handlingFeePerTonne,
                                                      openingCost, processes}) =>
            ({id, name, lat, lon, capacityTonnes, handlingFeePerTonne, openingCost, processes})) : null;
    }

    place() {
        const button = $('#candidate-place');
        button.setAttribute('aria-pressed', 'true');
        $('#candidate-status').textContent = t('candidate.placeHint');
        this.map.pickPoint(latlng => {
            button.setAttribute('aria-pressed', 'false');
            this.position = {lat: round(latlng.lat), lon: round(latlng.lng)};
            this.map.markDraft(latlng);
            const name = this.form.querySelector('[name="candidate.name"]');
            if (!name.value) {
                name.value = t('candidate.defaultName', {n: this.hubs.length + 1});
            }
            this.form.hidden = false;
            $('#candidate-status').textContent = t('candidate.at', {lat: number(this.position.lat, 4),
                lon: number(this.position.lon, 4)});
            name.focus();
        });
    }

    add() {
        const error = $('[data-error-for="candidateHubs"]');
        const field = name => value(this.form.closest('form'), `candidate.${name}`);
        const name = (field('name') ?? '').trim();
        const capacityTonnes = field('capacityTonnes');
        const process = field('process');
        if (!name || this.hubs.some(hub => hub.name === name)) {
            error.textContent = t(name ? 'candidate.nameTaken' : 'candidate.nameNeeded');
            return;
        }
        if (!(capacityTonnes > 0)) {
            error.textContent = t('candidate.capacityNeeded');
            return;
        }
        error.textContent = '';
        const [from, to] = process ? process.split('>') : [];
        this.hubs.push({
            // the id only tells the candidates apart in the problem; the planner sees the name
            id: `hub-${Date.now().toString(36)}-${this.hubs.length + 1}`, name, ...this.position, capacityTonnes,
            handlingFeePerTonne: field('handlingFeePerTonne') ?? 0,
            openingCost: field('openingCost') ?? 0,
            processes: process ? [{from, to, feePerTonne: field('processFeePerTonne') ?? 0}] : []
        });
        this.form.querySelector('[name="candidate.name"]').value = '';
        this.closeForm();
    }

    remove(id) {
        this.hubs = this.hubs.filter(hub => hub.id !== id);
        this.render();
    }

    closeForm() {
        this.map.cancelDrawing();
        this.map.markDraft(null);
        this.position = null;
        this.form.hidden = true;
        $('#candidate-place').setAttribute('aria-pressed', 'false');
        this.render();
    }

    render() {
        $('#candidate-status').textContent = this.hubs.length ? '' : t('candidate.none');
        $('#candidate-list').replaceChildren(...this.hubs.map(hub => el('li', {'data-candidate-hub': hub.id},
            el('strong', {}, hub.name), ' ', describe(hub), ' ',
            el('button', {type: 'button', class: 'link', onclick: () => this.remove(hub.id)}, t('candidate.remove')))));
        this.onChange(this.hubs);
    }
}

/** A candidate's capacity, fees and opening cost in a line. */
function describe(hub) {
    const process = hub.processes?.[0];
    return t('candidate.line', {capacity: number(hub.capacityTonnes), fee: number(hub.handlingFeePerTonne),
        opening: number(hub.openingCost)})
        + (process ? ` · ${t(`candidate.process.${process.from}`)} ${number(process.feePerTonne)} kr/t` : '');
}

function round(degrees) {
    return Math.round(degrees * 1e6) / 1e6;
}

/** The hubs of a solved scenario's plan: on the map, in a list, and the stock chart of the one chosen. */
export class PlanHubs {

    /** @param onChange called when the hubs to draw on the map have changed */
    constructor({state, onChange}) {
        this.state = state;
        this.onChange = onChange;
        this.hubs = [];
        this.chart = new StockChart($('#hub-stock-chart'));
    }

    clear() {
        this.hubs = [];
        this.chosen = null;
        $('#plan-hubs').hidden = true;
        $('#hub-stock').hidden = true;
        this.onChange();
    }

    /**
     * @param plan       the scenario's v2 plan (hubs[] with hub, opened, inTonnes, outTonnes, stock)
     * @param problem    its v2 problem (storageHubs[] with id, lat, lon, capacityTonnes, openingCost: a candidate's)
     * @param comparison the scenario's comparison ({candidates: [{id, name, opened, savingNok}]}) or null
     * @param drafted    the candidates drafted on this page ({id, name}), named before the comparison is done
     */
    show(plan, problem, comparison, drafted = []) {
        const stored = new Map((problem.storageHubs ?? []).map(hub => [hub.id, hub]));
        const compared = new Map((comparison?.candidates ?? []).map(candidate => [candidate.id, candidate]));
        const names = new Map(drafted.map(hub => [hub.id, hub.name]));
        this.hubs = (plan.hubs ?? []).filter(use => stored.has(use.hub)).map(use => {
            const hub = stored.get(use.hub);
            const candidate = hub.openingCost !== null && hub.openingCost !== undefined;
            const facility = this.state.features.facilities.find(feature => feature.id === use.hub);
            const saving = compared.get(use.hub)?.savingNok;
            return {
                id: use.hub, lat: hub.lat, lon: hub.lon, candidate, opened: use.opened,
                name: compared.get(use.hub)?.name ?? names.get(use.hub) ?? facility?.properties.name ?? use.hub,
                state: !candidate ? 'registered' : use.opened ? 'opened' : 'closed',
                capacityTonnes: hub.capacityTonnes, openingCost: hub.openingCost,
                inTonnes: use.inTonnes, outTonnes: use.outTonnes, stock: use.stock ?? [],
                saving: typeof saving === 'number' ? saving : null
            };
        });
        $('#plan-hubs').hidden = this.hubs.length === 0;
        this.render();
        this.onChange();
    }

    verdict(hub) {
        if (!hub.candidate) {
            return t('hubs.registered');
        }
        if (!hub.opened) {
            return t('hubs.closed');
        }
        return hub.saving === null ? t('hubs.opened') : t('hubs.openedSaving', {saving: number(hub.saving)});
    }

    /** The list of hubs, and each hub's label on the map, in the page's language. */
    render() {
        this.hubs.forEach(hub => {
            hub.label = `${hub.name}: ${this.verdict(hub)}`;
        });
        $('#plan-hub-list').replaceChildren(...this.hubs.map(hub => el('li', {'data-hub-id': hub.id, 'data-state': hub.state},
            el('span', {class: `hub-ring hub-${hub.state} legend-sym`}), ' ',
            el('strong', {}, hub.name), ` · ${this.verdict(hub)}`, el('br'),
            el('span', {class: 'hint'}, t('hubs.through', {in: number(hub.inTonnes), out: number(hub.outTonnes)})), ' ',
            el('button', {type: 'button', class: 'link', onclick: () => this.showStock(hub)}, t('hubs.showStock')))));
        if (this.chosen) {
            this.showStock(this.hubs.find(hub => hub.id === this.chosen.id) ?? this.chosen);
        }
    }

    showStock(hub) {
        this.chosen = hub;
        const box = $('#hub-stock');
        box.hidden = false;
        box.dataset.hubId = hub.id;
        $('#hub-stock-title').textContent = t('hubs.stockOf', {name: hub.name});
        $('#hub-stock-chart').setAttribute('aria-label', t('hubs.stockOf', {name: hub.name}));
        this.chart.show(hub.stock, hub.capacityTonnes);
        box.scrollIntoView({block: 'nearest'});
    }
}
