// The Leaflet map: listings and facilities as symbols, flows of a plan, candidate lines, site placing and region drawing.
import {t, number} from './i18n.js';

export const DEFAULT_TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const TILE_KEY = 'sirkel.tiles';
const TRONDHEIM = [63.38, 10.2];

// 24 colours told apart easily (Kelly's series, then a few more): one per catalogue material.
const PALETTE = ['#f3c300', '#875692', '#f38400', '#a1caf1', '#be0032', '#c2b280', '#848482', '#008856', '#e68fac',
    '#0067a5', '#f99379', '#604e97', '#f6a600', '#b3446c', '#dcd300', '#882d17', '#8db600', '#654522', '#e25822',
    '#2b3d26', '#1f77b4', '#17becf', '#9467bd', '#5f5f5f'];
const CLASS_COLOURS = {1: '#1a9850', 2: '#91cf60', 3: '#fee08b', 4: '#fc8d59', 5: '#d73027'};
const NO_CLASS = '#9e9e9e';
const FACILITY_COLOURS = {DISPOSAL: '#5d4037', VIRGIN_SOURCE: '#455a64', STORAGE_HUB: '#6a1b9a'};
export const FLOW_COLOURS = {MATCH: '#2e7d32', DISPOSAL: '#b71c1c', VIRGIN: '#1565c0', TO_HUB: '#6a1b9a', FROM_HUB: '#ab47bc',
    UNPLACED: '#000000', UNMET: '#000000'};
/** Flows drawn as solid lines (reuse and hub legs); the rest, landfill and quarry, dashed. */
const SOLID_FLOWS = new Set(['MATCH', 'TO_HUB', 'FROM_HUB']);

/** The tile URL template in use: ?tiles=... in the page address, else the saved one, else OpenStreetMap. */
export function tileUrl() {
    const fromAddress = new URLSearchParams(location.search).get('tiles');
    if (fromAddress !== null) {
        return fromAddress;
    }
    return localStorage.getItem(TILE_KEY) ?? DEFAULT_TILES;
}

export function saveTileUrl(url) {
    localStorage.setItem(TILE_KEY, url);
}

/** Symbol diameter in pixels for a quantity in tonnes: grows with the logarithm, so that big and small both show. */
export function symbolSize(tonnes) {
    return Math.round(8 + 5 * Math.log10(1 + Math.max(0, tonnes || 0) / 50));
}

export class SirkelMap {

    constructor(element, {onSelect}) {
        this.onSelect = onSelect;
        this.materialOrder = [];
        this.nameOf = code => code;
        this.colourBy = 'material';
        this.map = L.map(element, {zoomControl: true, doubleClickZoom: true}).setView(TRONDHEIM, 9);
        this.listingLayer = L.layerGroup().addTo(this.map);
        this.flowLayer = L.layerGroup().addTo(this.map);
        this.candidateLayer = L.layerGroup().addTo(this.map);
        this.regionLayer = L.layerGroup().addTo(this.map);
        this.draftLayer = L.layerGroup().addTo(this.map);
        this.hubLayer = L.layerGroup().addTo(this.map);
        this.flows = [];
        this.hiddenFlowKinds = new Set();
        this.shown = {supply: [], demand: [], facility: []};
        this.legend = L.control({position: 'bottomright'});
        this.legend.onAdd = () => {
            this.legendElement = L.DomUtil.create('div', 'legend');
            this.legendElement.id = 'legend';
            L.DomEvent.disableClickPropagation(this.legendElement);
            L.DomEvent.disableScrollPropagation(this.legendElement);
            this.legendElement.addEventListener('change', event => {
                const kind = event.target.dataset.flowKind;
                if (kind) {
                    event.target.checked ? this.hiddenFlowKinds.delete(kind) : this.hiddenFlowKinds.add(kind);
                    this.drawFlows();
                }
            });
            this.renderLegend();
            return this.legendElement;
        };
        this.legend.addTo(this.map);
        this.setTiles(tileUrl());
    }

    setTiles(url) {
        if (this.tiles) {
            this.tiles.remove();
            this.tiles = null;
        }
        if (url) {
            this.tiles = L.tileLayer(url, {
                maxZoom: 19,
                attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>'
            }).addTo(this.map);
        }
    }

    /**
     * The catalogue: its order fixes each material's colour.
     *
     * @param nameOf a material's name in the current language, by code
     */
    setMaterials(codes, nameOf) {
        this.materialOrder = codes;
        this.nameOf = nameOf;
    }

    materialColour(code) {
        const index = this.materialOrder.indexOf(code);
        if (index >= 0) {
            return PALETTE[index % PALETTE.length];
        }
        let hash = 0;
        for (const character of code ?? '') {
            hash = (hash * 31 + character.charCodeAt(0)) | 0;
        }
        return PALETTE[Math.abs(hash) % PALETTE.length];
    }

    colourOf(kind, properties) {
        if (kind === 'facility') {
            return FACILITY_COLOURS[properties.type] ?? '#444';
        }
        if (this.colourBy === 'class') {
            const level = kind === 'supply' ? properties.contaminationClass : properties.maxContaminationClass;
            return CLASS_COLOURS[level] ?? NO_CLASS;
        }
        return this.materialColour(kind === 'supply' ? properties.material : properties.accepts?.[0]);
    }

    /**
     * Draws GeoJSON features of supplies, demands and facilities (those whose layer is in `layers`).
     * Each symbol carries data-kind, data-id, data-lat, data-lon and data-tonnes for tests and tools.
     */
    showListings({supplies, demands, facilities}, {colourBy, layers}) {
        this.colourBy = colourBy;
        this.listingLayer.clearLayers();
        this.shown = {supply: [], demand: [], facility: []};
        const groups = [['facility', facilities], ['demand', demands], ['supply', supplies]];
        for (const [kind, features] of groups) {
            if (!layers.has(kind)) {
                continue;
            }
            for (const feature of features) {
                this.addSymbol(kind, feature);
            }
        }
        this.renderLegend();
    }

    addSymbol(kind, feature) {
        const [lon, lat] = feature.geometry.coordinates;
        const properties = feature.properties;
        const tonnes = kind === 'facility' ? properties.capacityTonnes : properties.tonnes;
        const size = kind === 'facility' ? Math.max(16, symbolSize(tonnes)) : symbolSize(tonnes);
        const colour = this.colourOf(kind, properties);
        const label = describe(kind, properties);
        const html = `<span class="sym sym-${kind}" style="width:${size}px;height:${size}px;--colour:${colour}"`
            + ` data-kind="${kind}" data-id="${feature.id}" data-lat="${lat}" data-lon="${lon}"`
            + ` data-tonnes="${tonnes ?? ''}" data-status="${properties.status ?? ''}"></span>`;
        const marker = L.marker([lat, lon], {
            icon: L.divIcon({html, className: 'sym-holder', iconSize: [size, size], iconAnchor: [size / 2, size / 2]}),
            title: label,
            alt: label,
            keyboard: true,
            riseOnHover: true,
            zIndexOffset: kind === 'supply' ? 300 : kind === 'demand' ? 200 : 0
        });
        marker.on('click', () => this.onSelect(kind, feature));
        marker.addTo(this.listingLayer);
        this.shown[kind].push(feature);
    }

    /** Moves the view to show everything drawn (or the given GeoJSON points). */
    fitToShown() {
        const points = [...this.shown.supply, ...this.shown.demand, ...this.shown.facility]
            .map(feature => [feature.geometry.coordinates[1], feature.geometry.coordinates[0]]);
        if (points.length > 0) {
            this.map.fitBounds(L.latLngBounds(points).pad(0.1), {maxZoom: 12, animate: false});
        }
    }

    /**
     * Draws a plan's flows (GeoJSON LineStrings, properties kind, tonnes, km, cost, co2Kg and, over time, period)
     * with weight by tonnes; a kind the legend has switched off is left out. Moves the view to them unless fit is false.
     */
    showFlows(features, {fit = true} = {}) {
        this.flows = features;
        this.drawFlows();
        if (fit && features.length > 0) {
            this.map.fitBounds(L.geoJSON({type: 'FeatureCollection', features}).getBounds().pad(0.05), {maxZoom: 12});
        }
    }

    drawFlows() {
        this.flowLayer.clearLayers();
        const shown = this.flows.filter(feature => !this.hiddenFlowKinds.has(feature.properties.kind));
        const maxTonnes = Math.max(1, ...shown.map(feature => feature.properties.tonnes || 0));
        for (const feature of shown) {
            const p = feature.properties;
            const weight = 2 + 10 * Math.sqrt((p.tonnes || 0) / maxTonnes);
            const style = {
                color: FLOW_COLOURS[p.kind] ?? '#333',
                weight,
                opacity: SOLID_FLOWS.has(p.kind) ? 0.85 : 0.55,
                dashArray: SOLID_FLOWS.has(p.kind) ? null : '6 6',
                className: `flow flow-${p.kind}`
            };
            // a penalty (tonnes with no outlet or no source) is a Point at its listing
            const shape = feature.geometry.type === 'Point'
                ? L.circleMarker([feature.geometry.coordinates[1], feature.geometry.coordinates[0]],
                    {...style, radius: 4 + weight, dashArray: null})
                : L.polyline(feature.geometry.coordinates.map(([lon, lat]) => [lat, lon]), style);
            const ends = p.fromName || p.toName ? ` (${p.fromName ?? p.from} → ${p.toName ?? p.to ?? '–'})` : '';
            shape.bindTooltip(`${t(`flow.${p.kind}`)}${ends}${p.period ? ` · ${p.period}` : ''}: ${number(p.tonnes)} t`
                + ` · ${number(p.km, 1)} km · ${number(p.cost)} NOK · ${number(p.co2Kg)} kg CO₂`, {sticky: true})
                .addTo(this.flowLayer);
        }
        this.renderLegend();
    }

    clearFlows() {
        this.showFlows([], {fit: false});
    }

    /**
     * Draws storage hubs of a scenario as rings: a candidate hub the plan opened ('opened'), one it left closed
     * ('closed'), a registered hub ('registered') or a candidate being drafted ('draft'). Each hub is {id, lat, lon,
     * state, label}; onSelect(hub) on a click. The ring carries data-hub-id and data-state for tests and tools.
     */
    showHubs(hubs, onSelect = () => { }) {
        this.hubLayer.clearLayers();
        for (const hub of hubs) {
            const size = hub.state === 'draft' ? 18 : 24;
            const html = `<span class="hub-ring hub-${hub.state}" style="width:${size}px;height:${size}px"`
                + ` data-hub-id="${escapeHtml(hub.id)}" data-state="${hub.state}"></span>`;
            const marker = L.marker([hub.lat, hub.lon], {
                icon: L.divIcon({html, className: 'sym-holder', iconSize: [size, size], iconAnchor: [size / 2, size / 2]}),
                title: hub.label, alt: hub.label, keyboard: true, zIndexOffset: 500
            });
            marker.bindTooltip(escapeHtml(hub.label), {direction: 'top', offset: [0, -size / 2],
                permanent: hub.state === 'opened', className: `hub-label hub-label-${hub.state}`});
            marker.on('click', () => onSelect(hub));
            marker.addTo(this.hubLayer);
        }
    }

    /** Lines from a listing to its candidates (items with GeoJSON Point location). */
    showCandidates(fromFeature, items) {
        this.candidateLayer.clearLayers();
        const [lon, lat] = fromFeature.geometry.coordinates;
        for (const item of items) {
            const [toLon, toLat] = item.location.coordinates;
            L.polyline([[lat, lon], [toLat, toLon]], {color: '#ff6f00', weight: 2, dashArray: '4 4', className: 'candidate-line'})
                .bindTooltip(`${item.siteName ?? ''} · ${number(item.km, 1)} km · ${number(item.costPerTonne)} NOK/t`)
                .addTo(this.candidateLayer);
        }
    }

    clearCandidates() {
        this.candidateLayer.clearLayers();
    }

    /** Waits for one click on the map and passes its position; returns a function that cancels. */
    pickPoint(onPick) {
        this.cancelDrawing();
        const container = this.map.getContainer();
        container.classList.add('picking');
        const handler = event => {
            finish();
            onPick(event.latlng);
        };
        const finish = () => {
            this.map.off('click', handler);
            container.classList.remove('picking');
            this.stopDrawing = null;
        };
        this.map.on('click', handler);
        this.stopDrawing = finish;
        return finish;
    }

    /** Shows where a site being edited sits. */
    markDraft(latlng) {
        this.draftLayer.clearLayers();
        if (latlng) {
            L.circleMarker(latlng, {radius: 8, color: '#000', weight: 2, fillColor: '#ffeb3b', fillOpacity: 1,
                className: 'draft-site'}).addTo(this.draftLayer);
        }
    }

    cancelDrawing() {
        if (this.stopDrawing) {
            this.stopDrawing();
        }
    }

    /**
     * Lets the user draw a region: 'rectangle' (two corners) or 'polygon' (corners, finished by double-click or by
     * clicking the first corner). Calls onDone with a GeoJSON Polygon. Escape cancels.
     */
    drawRegion(mode, onDone) {
        this.cancelDrawing();
        const map = this.map;
        const container = map.getContainer();
        container.classList.add('picking');
        map.doubleClickZoom.disable();
        const corners = [];
        let preview = null;
        const redraw = cursor => {
            const points = cursor ? [...corners, cursor] : corners;
            if (preview) {
                preview.remove();
            }
            if (mode === 'rectangle' && points.length === 2) {
                preview = L.rectangle(L.latLngBounds(points), {color: '#0d47a1', weight: 2, dashArray: '4 4'});
            } else {
                preview = L.polyline(points, {color: '#0d47a1', weight: 2, dashArray: '4 4'});
            }
            preview.addTo(this.draftLayer);
        };
        const complete = () => {
            const ring = mode === 'rectangle' ? rectangleRing(corners[0], corners[1]) : corners;
            finish();
            if (ring.length >= 3) {
                onDone(polygonOf(ring));
            }
        };
        const click = event => {
            if (mode === 'polygon' && corners.length >= 3
                && map.latLngToContainerPoint(corners[0]).distanceTo(event.containerPoint) < 10) {
                complete();
                return;
            }
            corners.push(event.latlng);
            if (mode === 'rectangle' && corners.length === 2) {
                complete();
            } else {
                redraw();
            }
        };
        const move = event => corners.length > 0 && redraw(event.latlng);
        const doubleClick = () => {
            if (mode === 'polygon' && corners.length >= 3) {
                complete();
            }
        };
        const key = event => {
            if (event.key === 'Escape') {
                finish();
            }
        };
        const finish = () => {
            map.off('click', click).off('mousemove', move).off('dblclick', doubleClick);
            document.removeEventListener('keydown', key);
            container.classList.remove('picking');
            map.doubleClickZoom.enable();
            this.draftLayer.clearLayers();
            this.stopDrawing = null;
        };
        map.on('click', click).on('mousemove', move).on('dblclick', doubleClick);
        document.addEventListener('keydown', key);
        this.stopDrawing = finish;
    }

    /** The current view as a GeoJSON Polygon. */
    viewPolygon() {
        const bounds = this.map.getBounds();
        return polygonOf(rectangleRing(bounds.getSouthWest(), bounds.getNorthEast()));
    }

    showRegion(polygon) {
        this.regionLayer.clearLayers();
        if (polygon) {
            L.geoJSON(polygon, {style: {color: '#0d47a1', weight: 2, fillOpacity: 0.05, className: 'region'}})
                .addTo(this.regionLayer);
        }
    }

    renderLegend() {
        const element = this.legendElement;
        if (!element) {
            return;
        }
        // the colour key folds away once flows are drawn, so that the legend fits beside them
        const colourKeyOpen = element.querySelector('details.legend-colours')?.open ?? this.flows.length === 0;
        const facilities = Object.entries(FACILITY_COLOURS).map(([type, colour]) =>
            `<span class="legend-item"><span class="sym sym-facility legend-sym" style="--colour:${colour}"></span> ${t(`facility.${type}`)}</span>`);
        const rows = [`<h3>${t('legend.title')}</h3>`,
            `<div class="legend-items"><span class="legend-item"><span class="sym sym-supply legend-sym" style="--colour:#888"></span> ${t('kind.supply')}</span>`
            + ` <span class="legend-item"><span class="sym sym-demand legend-sym" style="--colour:#888"></span> ${t('kind.demand')}</span>`
            + ` ${facilities.join(' ')}</div>`,
            `<div class="hint">${t('legend.size')}</div>`];
        const swatches = [];
        if (this.colourBy === 'class') {
            for (const [level, colour] of Object.entries(CLASS_COLOURS)) {
                swatches.push(`<span class="legend-item"><span class="swatch" style="background:${colour}"></span> ${t('legend.class', {n: level})}</span>`);
            }
            swatches.push(`<span class="legend-item"><span class="swatch" style="background:${NO_CLASS}"></span> ${t('legend.noClass')}</span>`);
        } else {
            const codes = new Set([...this.shown.supply.map(f => f.properties.material),
                ...this.shown.demand.map(f => f.properties.accepts?.[0])].filter(Boolean));
            for (const code of [...codes].sort()) {
                swatches.push(`<span class="legend-item"><span class="swatch" style="background:${this.materialColour(code)}"></span> ${escapeHtml(this.nameOf(code))}</span>`);
            }
        }
        if (swatches.length > 0) {
            rows.push(`<details class="legend-colours"${colourKeyOpen ? ' open' : ''}><summary>`
                + `${t(this.colourBy === 'class' ? 'filters.byClass' : 'filters.byMaterial')} (${swatches.length})</summary>`
                + `<div class="legend-grid">${swatches.join('')}</div></details>`);
        }
        const tonnesByKind = new Map();
        for (const feature of this.flows) {
            const kind = feature.properties.kind;
            tonnesByKind.set(kind, (tonnesByKind.get(kind) ?? 0) + (feature.properties.tonnes || 0));
        }
        if (tonnesByKind.size > 0) {
            rows.push(`<fieldset class="legend-flows"><legend>${t('legend.flows')}</legend>`);
            for (const kind of Object.keys(FLOW_COLOURS).filter(kind => tonnesByKind.has(kind))) {
                const line = SOLID_FLOWS.has(kind) ? FLOW_COLOURS[kind]
                    : `repeating-linear-gradient(90deg, ${FLOW_COLOURS[kind]} 0 5px, transparent 5px 8px)`;
                rows.push(`<label><input type="checkbox" data-flow-kind="${kind}"${this.hiddenFlowKinds.has(kind) ? '' : ' checked'}>`
                    + ` <span class="flow-swatch" style="background:${line}"></span> ${t(`flow.${kind}`)}`
                    + ` <span class="hint">${number(tonnesByKind.get(kind))} t</span></label>`);
            }
            rows.push('</fieldset>');
        }
        element.innerHTML = rows.join('');
    }
}

function rectangleRing(a, b) {
    const south = Math.min(a.lat, b.lat);
    const north = Math.max(a.lat, b.lat);
    const west = Math.min(a.lng, b.lng);
    const east = Math.max(a.lng, b.lng);
    return [L.latLng(south, west), L.latLng(south, east), L.latLng(north, east), L.latLng(north, west)];
}

function polygonOf(corners) {
    const ring = corners.map(corner => [round(corner.lng), round(corner.lat)]);
    ring.push(ring[0]);
    return {type: 'Polygon', coordinates: [ring]};
}

function round(degrees) {
    return Math.round(degrees * 1e6) / 1e6;
}

function describe(kind, p) {
    if (kind === 'facility') {
        return `${t(`facility.${p.type}`)}: ${p.name}`;
    }
    const what = kind === 'supply' ? p.material : (p.accepts ?? []).join(', ');
    return `${t(`kind.${kind}`)}: ${what}, ${number(p.tonnes)} t`;
}

export function escapeHtml(text) {
    return String(text ?? '').replace(/[&<>"']/g, character => ({
        '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'
    })[character]);
}
