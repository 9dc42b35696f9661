// Starts the app: sign-in, language, tabs, the map with filters and details; members' and planners' views plug in.
import * as api from './api.js';
import {t, number, translate, setLanguage, currentLanguage, onLanguageChange} from './i18n.js';
import {SirkelMap, saveTileUrl, tileUrl} from './map.js';
import {$, $$, el, message, reportError, fillMaterials, nameOf} from './ui.js';
import {CompanyView} from './company.js';
import {PlannerView} from './planner.js';

const state = {me: null, materials: [], features: {supplies: [], demands: [], facilities: []}};
const map = new SirkelMap($('#map'), {onSelect: (kind, feature) => showDetails(kind, feature)});
const company = new CompanyView({map, state, reload: () => loadFeatures(), showDetails: (k, f) => showDetails(k, f)});
const planner = new PlannerView({map, state});

window.sirkel = {map: map.map, state};

function start() {
    translate();
    $('#lang-toggle').textContent = t('lang.switch');
    $('#tile-url').value = tileUrl();
    takeTokenFromAddress();
    window.addEventListener('hashchange', () => {
        if (takeTokenFromAddress()) {
            location.reload();
        }
    });
    wireHeader();
    wireTabs();
    wireFilters();
    onLanguageChange(() => {
        $('#lang-toggle').textContent = t('lang.switch');
        fillMaterialSelects();
        renderWho();
        map.renderLegend();
        renderCount();
        company.render();
        planner.render();
        $('#details').hidden = true;
    });
    loadMaterials();
    if (api.token()) {
        signIn(api.token());
    } else {
        message(t('signin.needed'));
    }
}

/**
 * Takes #token=... from the address (for automation) into sessionStorage and removes it from the address bar.
 * Returns whether there was one.
 */
function takeTokenFromAddress() {
    const fragment = new URLSearchParams(location.hash.slice(1));
    const token = fragment.get('token');
    if (!token) {
        return false;
    }
    api.setToken(token);
    fragment.delete('token');
    const rest = fragment.toString();
    history.replaceState(null, '', location.pathname + location.search + (rest ? `#${rest}` : ''));
    return true;
}

function wireHeader() {
    $('#signin').addEventListener('submit', event => {
        event.preventDefault();
        const token = $('#token-input').value.trim();
        if (token) {
            api.setToken(token);
            signIn(token);
        }
    });
    $('#signout').addEventListener('click', () => {
        api.setToken(null);
        location.reload();
    });
    $('#lang-toggle').addEventListener('click', () => setLanguage(currentLanguage() === 'nb' ? 'en' : 'nb'));
    $('#tile-form').addEventListener('submit', event => {
        event.preventDefault();
        const url = $('#tile-url').value.trim();
        saveTileUrl(url);
        map.setTiles(url);
    });
}

async function signIn() {
    try {
        state.me = await api.get('/api/v1/me');
    } catch (error) {
        api.setToken(null);
        message(t('signin.failed', {detail: error.message}), 'error');
        return;
    }
    $('#token-input').value = '';
    $('#signin').hidden = true;
    $('#whoami').hidden = false;
    document.body.dataset.role = state.me.role;
    renderWho();
    message('');
    const member = state.me.role === 'MEMBER';
    const planning = state.me.role === 'PLANNER' || state.me.role === 'ADMIN';
    $('#tab-company').hidden = !member;
    $('#tab-proposals').hidden = false;
    $('#tab-planner').hidden = !planning;
    await loadFeatures({fit: true});
    if (member) {
        company.start();
    }
    company.loadProposals();
    if (planning) {
        planner.start();
    }
}

function renderWho() {
    if (!state.me) {
        return;
    }
    const me = state.me;
    $('#who-name').textContent = me.companyName ? `${me.companyName} · ${me.tokenLabel ?? ''}` : (me.tokenLabel ?? '');
    $('#who-role').textContent = t(`role.${me.role}`);
    $('#who-role').dataset.role = me.role;
}

function wireTabs() {
    const tabs = $$('[role="tab"]');
    const select = tab => {
        tabs.forEach(other => {
            const selected = other === tab;
            other.setAttribute('aria-selected', String(selected));
            other.tabIndex = selected ? 0 : -1;
            $(`#${other.getAttribute('aria-controls')}`).hidden = !selected;
        });
    };
    tabs.forEach(tab => {
        tab.addEventListener('click', () => select(tab));
        tab.addEventListener('keydown', event => {
            const visible = tabs.filter(other => !other.hidden);
            const index = visible.indexOf(tab);
            const step = event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1
                : event.key === 'ArrowLeft' || event.key === 'ArrowUp' ? -1 : 0;
            if (step) {
                event.preventDefault();
                const next = visible[(index + step + visible.length) % visible.length];
                select(next);
                next.focus();
            }
        });
    });
    select(tabs[0]);
}

async function loadMaterials() {
    try {
        state.materials = await api.get('/api/v1/materials');
        map.setMaterials(state.materials.map(material => material.code).sort(), materialName);
        fillMaterialSelects();
        if (state.me) {
            drawFeatures();
        }
    } catch (error) {
        reportError(error);
    }
}

function fillMaterialSelects() {
    const language = currentLanguage();
    fillMaterials($('#filter-material'), state.materials, language, true);
    company.fillMaterials(language);
    planner.fillMaterials(language);
}

function wireFilters() {
    const form = $('#filters');
    form.addEventListener('submit', event => {
        event.preventDefault();
        loadFeatures();
    });
    form.addEventListener('reset', () => setTimeout(() => loadFeatures(), 0));
    $('#colour-by').addEventListener('change', () => drawFeatures());
    $$('input[name="layer"]', form).forEach(box => box.addEventListener('change', () => drawFeatures()));
}

function filters() {
    const form = $('#filters');
    const statuses = $$('input[name="status"]:checked', form).map(box => box.value);
    return {
        material: form.elements.material.value,
        status: statuses.join(','),
        from: form.elements.from.value,
        to: form.elements.to.value,
        maxClass: form.elements.maxClass.value ? Number(form.elements.maxClass.value) : null
    };
}

/** Loads supplies, demands and facilities (as GeoJSON) with the filters the API supports, then draws them. */
async function loadFeatures({fit = false} = {}) {
    if (!state.me) {
        return;
    }
    const f = filters();
    const listingQuery = api.query({material: f.material, status: f.status || 'ACTIVE', from: f.from, to: f.to, limit: 1000});
    const geo = {accept: 'application/geo+json'};
    try {
        const [supplies, demands, facilities] = await Promise.all([
            api.all(`/api/v1/supplies${listingQuery}`, geo),
            api.all(`/api/v1/demands${listingQuery}`, geo),
            api.all(`/api/v1/facilities${api.query({material: f.material, limit: 1000})}`, geo)
        ]);
        state.features = {supplies, demands, facilities};
        drawFeatures();
        if (fit) {
            map.fitToShown();
        }
        document.body.dataset.featuresLoaded = 'true';
    } catch (error) {
        reportError(error);
    }
}

/** Draws the loaded features; the class filter applies here, since the API filters listings by material only. */
function drawFeatures() {
    const form = $('#filters');
    const {maxClass} = filters();
    const fits = level => maxClass === null || level === null || level === undefined || level <= maxClass;
    const layers = new Set($$('input[name="layer"]:checked', form).map(box => box.value));
    const shown = {
        supplies: state.features.supplies.filter(feature => fits(feature.properties.contaminationClass)),
        demands: state.features.demands.filter(feature => fits(feature.properties.maxContaminationClass)),
        facilities: state.features.facilities.filter(feature => fits(feature.properties.maxContaminationClass))
    };
    map.showListings(shown, {colourBy: form.elements.colourBy.value, layers});
    renderCount();
}

function renderCount() {
    $('#feature-count').textContent = t('filters.count', {
        supplies: map.shown.supply.length, demands: map.shown.demand.length, facilities: map.shown.facility.length
    });
}

/** Shows a supply, demand or facility in the details panel, with edit and candidate actions for its owner. */
function showDetails(kind, feature) {
    const p = feature.properties;
    const rows = [];
    const row = (label, valueText) => valueText !== null && valueText !== undefined && valueText !== ''
        && rows.push(el('dt', {}, t(label)), el('dd', {}, String(valueText)));
    let title;
    if (kind === 'facility') {
        title = `${t(`facility.${p.type}`)}: ${p.name}`;
        row('details.municipality', p.municipality);
        row('details.accepts', (p.accepts ?? p.materials)?.join(', '));
        row('details.maxClass', p.maxContaminationClass);
        row('details.gateFee', p.gateFeePerTonne != null ? `${number(p.gateFeePerTonne, 2)} NOK/t` : null);
        row('details.price', p.pricePerTonne != null ? `${number(p.pricePerTonne, 2)} NOK/t` : null);
        row('details.handlingFee', p.handlingFeePerTonne != null ? `${number(p.handlingFeePerTonne, 2)} NOK/t` : null);
        row('details.capacity', p.capacityTonnes != null ? `${number(p.capacityTonnes)} t` : null);
    } else {
        title = t(`kind.${kind}`);
        if (kind === 'supply') {
            row('details.material', materialName(p.material));
            row('details.class', p.contaminationClass);
        } else {
            row('details.accepts', (p.accepts ?? []).map(materialName).join(', '));
            row('details.maxClass', p.maxContaminationClass);
            row('details.maxHaulKm', p.maxHaulKm != null ? `${number(p.maxHaulKm)} km` : null);
        }
        row('details.tonnes', `${number(p.tonnes)} t (${number(p.quantity?.amount, 3)} ${t(`unit.${p.quantity?.unit}`)})`);
        row('details.kind', t(`listingKind.${p.kind}`));
        const from = kind === 'supply' ? p.availableFrom : p.neededFrom;
        const to = kind === 'supply' ? p.availableTo : p.neededTo;
        row('details.window', `${from ?? '…'} – ${to ?? '…'}`);
        row('details.status', t(`status.${p.status}`));
        row('details.description', p.description);
    }
    const actions = [];
    const own = state.me && (state.me.role === 'ADMIN' || state.me.companyId === p.companyId);
    if (kind !== 'facility' && own && state.me.role === 'MEMBER') {
        actions.push(el('button', {type: 'button', onclick: () => company.editListing(kind, feature.id)}, t('details.edit')));
    }
    if (kind !== 'facility' && (own || state.me?.role === 'PLANNER')) {
        actions.push(el('button', {type: 'button', class: 'show-candidates', onclick: () => company.showCandidates(kind, feature)},
            t('details.candidates')));
    }
    actions.push(el('button', {type: 'button', onclick: () => {
        $('#details').hidden = true;
        map.clearCandidates();
    }}, t('details.close')));
    $('#details-body').replaceChildren(
        el('h3', {}, title),
        el('dl', {class: 'facts', 'data-kind': kind, 'data-id': feature.id}, ...rows),
        el('div', {class: 'row wrap'}, ...actions),
        el('div', {id: 'candidates'}));
    $('#details').hidden = false;
    $('#details').scrollIntoView({block: 'start'});
}

function materialName(code) {
    return nameOf(state.materials, code);
}

start();
