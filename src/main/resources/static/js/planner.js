// The planner's view: region, periods, candidate hubs and parameters, a scenario's live progress from its event
// stream, the plan as flows per period with KPIs and its hubs, downloads, publishing proposals, and comparing scenarios.
import * as api from './api.js';
import {t, number} from './i18n.js';
import {$, el, message, reportError, clearFieldErrors, value, fillMaterials} from './ui.js';
import {ProgressChart} from './charts.js';
import {CandidateHubs, PlanHubs} from './hubs.js';
import {PlanTimeline} from './timeline.js';

const FINAL = new Set(['SOLVED', 'STOPPED', 'FAILED']);
const WITH_PLAN = new Set(['SOLVED', 'STOPPED']);

export class PlannerView {

    constructor({map, state}) {
        this.map = map;
        this.state = state;
        this.form = $('#scenario-form');
        this.region = null;
        this.current = null;
        this.scenarios = [];
        this.points = [];
        this.progressChart = new ProgressChart($('#run-chart'));
        this.timeline = new PlanTimeline({map});
        this.planHubs = new PlanHubs({state, onChange: () => this.drawHubs()});
        this.candidates = new CandidateHubs({map, onChange: () => this.drawHubs()});
        this.wire();
    }

    start() {
        const year = new Date().getFullYear() + 1;
        if (!this.form.elements['horizon.from'].value) {
            this.form.elements['horizon.from'].value = `${year}-01-01`;
            this.form.elements['horizon.to'].value = `${year}-12-31`;
        }
        if (!this.form.elements.name.value) {
            this.form.elements.name.value = `Trondheim ${year}`;
        }
        this.renderRegion();
        this.candidates.render();
        this.loadScenarios();
    }

    fillMaterials(language) {
        fillMaterials(this.form.elements.materials, this.state.materials, language);
    }

    render() {
        this.renderRegion();
        this.renderScenarios();
        this.planHubs.render();
        this.candidates.render();
        this.timeline.label();
        if (this.current) {
            this.renderRun();
        }
    }

    /** The plan's hubs and, where the plan does not show them yet, the candidates drafted for the next scenario. */
    drawHubs() {
        const inPlan = new Set(this.planHubs.hubs.map(hub => hub.id));
        const drafts = this.candidates.hubs.filter(hub => !inPlan.has(hub.id))
            .map(hub => ({...hub, state: 'draft', label: `${hub.name}: ${t('candidate.draft')}`}));
        this.map.showHubs([...this.planHubs.hubs, ...drafts], hub => hub.state !== 'draft' && this.planHubs.showStock(hub));
    }

    wire() {
        $('#region-view').addEventListener('click', () => this.setRegion(this.map.viewPolygon()));
        $('#region-rectangle').addEventListener('click', event => this.draw('rectangle', event.currentTarget));
        $('#region-polygon').addEventListener('click', event => this.draw('polygon', event.currentTarget));
        $('#region-clear').addEventListener('click', () => this.setRegion(null));
        this.form.addEventListener('submit', event => {
            event.preventDefault();
            this.startScenario();
        });
        $('#run-stop').addEventListener('click', () => this.stop());
        $('#run-geojson').addEventListener('click', () => this.current && api.download(
            `/api/v1/scenarios/${this.current.id}/plan`, 'application/geo+json', `${fileName(this.current)}.geojson`)
            .catch(reportError));
        $('#run-csv').addEventListener('click', () => this.current && api.download(
            `/api/v1/scenarios/${this.current.id}/plan`, 'text/csv', `${fileName(this.current)}.csv`).catch(reportError));
        $('#run-publish').addEventListener('click', () => this.publish());
        $('#scenarios-refresh').addEventListener('click', () => this.loadScenarios());
        $('#compare').addEventListener('click', () => this.compare());
    }

    // ---- region ----

    draw(mode, button) {
        button.setAttribute('aria-pressed', 'true');
        $('#region-status').textContent = t(mode === 'rectangle' ? 'region.rectangleHint' : 'region.polygonHint');
        this.map.drawRegion(mode, polygon => {
            button.setAttribute('aria-pressed', 'false');
            this.setRegion(polygon);
        });
    }

    setRegion(polygon) {
        this.map.cancelDrawing();
        document.querySelectorAll('#region-rectangle, #region-polygon')
            .forEach(button => button.setAttribute('aria-pressed', 'false'));
        this.region = polygon;
        this.map.showRegion(polygon);
        this.renderRegion();
    }

    renderRegion() {
        $('#region-status').textContent = this.region
            ? t('region.set', {n: this.region.coordinates[0].length - 1}) : t('region.none');
    }

    // ---- running ----

    body() {
        const form = this.form;
        const parameters = {objective: value(form, 'parameters.objective')};
        for (const name of ['costPerTonneKm', 'fixedCostPerRoute', 'maxHaulKm', 'co2KgPerTonneKm', 'truckPayloadTonnes']) {
            parameters[name] = value(form, `parameters.${name}`);
        }
        const materials = value(form, 'materials');
        return {
            name: value(form, 'name'),
            horizon: {from: value(form, 'horizon.from'), to: value(form, 'horizon.to')},
            region: this.region,
            materials: materials.length ? materials : null,
            parameters,
            seconds: value(form, 'seconds'),
            periodLength: value(form, 'periodLength'),
            useHubs: form.elements.useHubs.checked,
            candidateHubs: this.candidates.body()
        };
    }

    async startScenario() {
        clearFieldErrors(this.form);
        try {
            const view = await api.post('/api/v1/scenarios', this.body());
            this.watch(view);
            this.loadScenarios();
        } catch (error) {
            reportError(error, this.form);
        }
    }

    /** Follows a scenario: its event stream while it runs, then its plan and KPIs. */
    watch(view) {
        this.streamAbort?.abort();
        this.current = view;
        this.points = [];
        this.tick = null;
        this.timeline.clear();
        this.planHubs.clear();
        $('#run').hidden = false;
        $('#run').dataset.scenarioId = view.id;
        this.renderRun();
        $('#run').scrollIntoView({block: 'start'});
        if (FINAL.has(view.status)) {
            this.finish(view.id);
            return;
        }
        const abort = new AbortController();
        this.streamAbort = abort;
        this.follow(view.id, abort.signal);
    }

    /**
     * While the scenario waits in the queue, asks for it each half second; once a solver has it, reads its event
     * stream. (Holding a stream open for a queued scenario would cost a connection for nothing, and a subscriber
     * present as solving starts can collide with the service's first events: see the report of issue 5.)
     */
    async follow(id, signal) {
        try {
            while (!signal.aborted && this.current?.id === id && this.current.status === 'QUEUED') {
                await new Promise(resolve => setTimeout(resolve, 500));
                this.onEvent(id, 'poll', await api.get(`/api/v1/scenarios/${id}`, {signal}));
            }
            if (!signal.aborted && !FINAL.has(this.current.status)) {
                await api.stream(`/api/v1/scenarios/${id}/events`, (name, data) => this.onEvent(id, name, data), signal);
            }
        } catch (error) {
            if (error.name === 'AbortError') {
                return;
            }
            console.warn('event stream failed', error);
        }
        if (!signal.aborted && this.current?.id === id && !FINAL.has(this.current.status)) {
            this.poll(id, signal);
        }
    }

    onEvent(id, name, data) {
        if (this.current?.id !== id || typeof data !== 'object' || data === null) {
            return;
        }
        if (data.progress) {
            this.current.progress = data.progress;
            this.points.push(data.progress);
        }
        if (data.tick) {
            this.tick = data.tick;
            this.points.push(data.tick);
        } else if (name === 'poll' && data.status === 'SOLVING' && data.timings?.solvingSeconds !== undefined) {
            // without the stream, the clock is the scenario's own
            this.tick = {...data.progress, phase: data.progress?.phase ?? 'preparing',
                elapsedSeconds: data.timings.solvingSeconds, limitSeconds: data.seconds};
        }
        if (data.status) {
            this.current.status = data.status;
        }
        if (data.kpis) {
            this.current.kpis = data.kpis;
        }
        if (data.failureReason) {
            this.current.failureReason = data.failureReason;
        }
        this.renderRun();
        if (FINAL.has(data.status)) {
            this.streamAbort?.abort();
            this.finish(id);
        }
    }

    /** Where the stream ended early, asks for the scenario each second until it is done. */
    async poll(id, signal) {
        while (!signal.aborted && this.current?.id === id) {
            try {
                const view = await api.get(`/api/v1/scenarios/${id}`);
                this.onEvent(id, 'poll', view);
                if (FINAL.has(view.status)) {
                    return;
                }
            } catch (error) {
                reportError(error);
                return;
            }
            await new Promise(resolve => setTimeout(resolve, 1000));
        }
    }

    async finish(id) {
        try {
            const view = await api.get(`/api/v1/scenarios/${id}`);
            if (this.current?.id !== id) {
                return;
            }
            this.current = {...this.current, ...view};
            if (WITH_PLAN.has(view.status)) {
                await this.showPlan(view);
            }
            this.renderRun();
            $('#run').scrollIntoView({block: 'start'});
            this.loadScenarios();
        } catch (error) {
            reportError(error);
        }
    }

    /** The plan's flows with the period slider, and its hubs with the candidates' verdicts and the stock charts. */
    async showPlan(view) {
        const [flows, plan] = await Promise.all([
            api.get(`/api/v1/scenarios/${view.id}/plan`, {accept: 'application/geo+json'}),
            api.get(`/api/v1/scenarios/${view.id}/plan`)]);
        if (this.current?.id !== view.id) {
            return;
        }
        this.timeline.show(flows.features ?? [], plan.periods, view.horizon?.to);
        if ((plan.hubs ?? []).length > 0) {
            // the name and saving of each candidate, where the service compares with and without hubs; else left out
            const comparison = () => api.get(`/api/v1/scenarios/${view.id}/comparison`).catch(() => null);
            const [problem, first] = await Promise.all([api.get(`/api/v1/scenarios/${view.id}/problem`),
                comparison()]);
            let compared = first;
            // the comparison solves again after the plan, for as long as the plan took at most
            const until = Date.now() + 1000 * (view.seconds ?? 60) + 30000;
            while (this.current?.id === view.id) {
                this.planHubs.show(plan, problem, compared, this.candidates.hubs);
                if (compared?.status !== 'SOLVING' || Date.now() > until) {
                    break;
                }
                await new Promise(resolve => setTimeout(resolve, 2000));
                compared = await comparison();
            }
        }
    }

    async stop() {
        if (!this.current) {
            return;
        }
        try {
            await api.post(`/api/v1/scenarios/${this.current.id}/stop`);
        } catch (error) {
            reportError(error);
        }
    }

    async publish() {
        if (!this.current) {
            return;
        }
        try {
            const publication = await api.post(`/api/v1/scenarios/${this.current.id}/proposals`);
            message(t('run.published', publication));
        } catch (error) {
            reportError(error);
        }
    }

    renderRun() {
        const view = this.current;
        const progress = view.progress ?? {};
        const done = FINAL.has(view.status);
        $('#run-title').textContent = view.name ?? view.id;
        $('#run-status').textContent = t(`runStatus.${view.status}`);
        $('#run').dataset.status = view.status;
        const tick = this.tick ?? {};
        const phase = done ? null : tick.phase ?? progress.phase;
        $('#run-phase').textContent = phase ? `(${t(`phase.${phase}`)})` : '';
        $('#run-failure').textContent = view.status === 'FAILED' ? (view.failureReason ?? '') : '';
        const seconds = tick.limitSeconds ?? view.seconds ?? value(this.form, 'seconds') ?? 1;
        const elapsed = tick.elapsedSeconds ?? progress.elapsedSeconds ?? 0;
        const bar = $('#run-progress');
        bar.value = done ? 1 : Math.min(1, elapsed / seconds);
        bar.textContent = `${Math.round(bar.value * 100)} %`;
        $('#run-clock').textContent = done || view.status === 'QUEUED' ? ''
            : t('run.clock', {elapsed: number(elapsed), limit: number(seconds)});
        const best = view.kpis?.cost ?? tick.bestCost ?? progress.bestCost;
        $('#run-best').textContent = best !== undefined && best !== null ? `${number(best)} NOK` : '–';
        // the solver's progress writes an unknown gap as "NaN"
        const gap = [view.kpis?.gapPercent, tick.gapPercent, progress.gapPercent].find(Number.isFinite);
        $('#run-gap').textContent = gap !== undefined ? t('run.gap', {gap: number(gap, 2)}) : '';
        this.progressChart.show(this.points, seconds);
        $('#run-stop').disabled = done;
        for (const id of ['#run-geojson', '#run-csv', '#run-publish']) {
            $(id).disabled = !WITH_PLAN.has(view.status);
        }
        this.renderKpis(view.kpis);
    }

    renderKpis(kpis) {
        const list = $('#kpis');
        if (!kpis) {
            list.replaceChildren();
            return;
        }
        const savings = kpis.savings ?? {};
        const baseline = kpis.baseline ?? {};
        const entry = (key, text, detail) => [
            el('dt', {}, t(`kpi.${key}`)),
            el('dd', {'data-kpi': key}, el('strong', {}, text), detail ? el('span', {class: 'hint'}, ` ${detail}`) : null)];
        // a saving is a fall against the baseline; where the plan needs more, the difference is a rise
        const saved = (amount, unit, digits = 0) => amount !== undefined && amount !== null
            ? `(${amount < 0 ? '+' : '−'}${number(Math.abs(amount), digits)}${unit ? ` ${unit}` : ''})` : '';
        list.replaceChildren(
            ...entry('cost', `${number(kpis.cost)} NOK`, saved(savings.cost, 'NOK')),
            ...entry('costs', costParts(kpis.costs)),
            ...entry('penaltyTonnes', `${number(kpis.unplacedTonnes ?? 0)} t · ${number(kpis.unmetTonnes ?? 0)} t`,
                t('kpi.penaltyHint')),
            ...entry('landfillVirgin', `${number(kpis.landfillTonnes ?? 0)} t · ${number(kpis.virginTonnes ?? 0)} t`),
            ...entry('reusedTonnes', `${number(kpis.reusedTonnes)} t`),
            ...entry('reuseRate', `${number(100 * (kpis.reuseRate ?? 0), 1)} %`),
            ...entry('tonneKm', number(kpis.tonneKm), saved(savings.tonneKm, 'tkm')),
            ...entry('truckTrips', number(kpis.truckTrips), saved(savings.truckTrips, '')),
            ...entry('co2Kg', `${number((kpis.co2Kg ?? 0) / 1000, 1)} t`, saved((savings.co2Kg ?? 0) / 1000, 't', 1)),
            ...entry('savings', `${number(savings.cost)} NOK`,
                savings.costPercent !== undefined ? `(${number(savings.costPercent, 1)} %)` : ''),
            ...entry('versusGreedy', `${number(savings.versusGreedyCost)} NOK`),
            ...entry('gapPercent', `${number(kpis.gapPercent, 2)} %`, `(${t('kpi.lowerBound')} ${number(kpis.lowerBound)} NOK)`),
            ...entry('baseline', `${number(baseline.cost)} NOK`,
                `${number(baseline.tonneKm)} tkm · ${number(baseline.truckTrips)} · ${number((baseline.co2Kg ?? 0) / 1000, 1)} t CO₂`));
    }

    // ---- list and compare ----

    async loadScenarios() {
        try {
            const page = await api.get('/api/v1/scenarios?limit=50');
            this.scenarios = page.items ?? [];
        } catch (error) {
            reportError(error);
        }
        this.renderScenarios();
    }

    renderScenarios() {
        const list = $('#scenario-list');
        const checked = new Set([...list.querySelectorAll('input:checked')].map(box => box.value));
        if (this.scenarios.length === 0) {
            list.replaceChildren(el('li', {class: 'hint'}, t('scenarios.none')));
            return;
        }
        list.replaceChildren(...this.scenarios.map(scenario => el('li', {'data-scenario-id': scenario.id},
            el('label', {},
                el('input', {type: 'checkbox', value: scenario.id, checked: checked.has(scenario.id)}),
                ` ${scenario.name} · ${t(`runStatus.${scenario.status}`)}`,
                scenario.kpis ? ` · ${number(scenario.kpis.cost)} NOK` : ''),
            ' ',
            el('button', {type: 'button', class: 'link', onclick: () => this.watch(scenario)}, t('scenarios.show')))));
    }

    async compare() {
        const ids = [...document.querySelectorAll('#scenario-list input:checked')].map(box => box.value);
        const box = $('#comparison');
        if (ids.length < 2) {
            box.replaceChildren(el('p', {class: 'hint'}, t('scenarios.pickTwo')));
            return;
        }
        try {
            const result = await api.get(`/api/v1/scenarios/compare${api.query({ids: ids.join(',')})}`);
            // each column carries its KPIs and versusFirst, its differences from the first scenario
            const items = result.scenarios;
            const keys = ['cost', 'reusedTonnes', 'reuseRate', 'tonneKm', 'truckTrips', 'co2Kg'];
            const format = (key, amount) => amount === undefined || amount === null ? '–'
                : key === 'reuseRate' ? `${number(100 * amount, 1)} %` : number(amount, 1);
            const header = el('tr', {}, el('th', {scope: 'col'}, t('compare.kpi')),
                ...items.map(item => el('th', {scope: 'col'}, item.name)),
                ...items.slice(1).map(item => el('th', {scope: 'col'}, `${t('compare.difference')}: ${item.name}`)));
            const rows = keys.map(key => el('tr', {'data-kpi': key}, el('th', {scope: 'row'}, t(`kpi.${key}`)),
                ...items.map(item => el('td', {}, format(key, item.kpis?.[key]))),
                ...items.slice(1).map(item => el('td', {}, format(key, item.versusFirst?.[key])))));
            box.replaceChildren(el('table', {class: 'compare'}, el('thead', {}, header), el('tbody', {}, ...rows)));
        } catch (error) {
            reportError(error);
        }
    }
}

function fileName(view) {
    return (view.name ?? view.id).replace(/[^\w.-]+/g, '-');
}

/** The plan's money part by part (transport, fixed, gate fees, virgin material, handling, opening), in NOK. */
function costParts(costs) {
    if (!costs) {
        return '–';
    }
    return ['transport', 'fixed', 'gateFees', 'virgin', 'handling', 'opening']
        .filter(part => costs[part])
        .map(part => `${t(`cost.${part}`)} ${number(costs[part])}`)
        .join(' · ') + ' NOK';
}
