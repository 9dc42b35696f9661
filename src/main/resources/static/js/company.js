// A member's own company: sites (placed on the map), listings (with the API's validation shown by field),
// candidates for a listing, and the proposals that touch the company.
import * as api from './api.js';
import {t, number, currentLanguage} from './i18n.js';
import {$, el, message, reportError, clearFieldErrors, value, setValue, fillMaterials, nameOf} from './ui.js';

const UNDECIDED = new Set(['OPEN', 'ACCEPTED_BY_SUPPLIER', 'ACCEPTED_BY_RECEIVER']);
/** The request's window fields by listing type, and the form control both map to. */
const WINDOW = {supply: {from: 'availableFrom', to: 'availableTo'}, demand: {from: 'neededFrom', to: 'neededTo'}};

export class CompanyView {

    constructor({map, state, reload, showDetails}) {
        this.map = map;
        this.state = state;
        this.reload = reload;
        this.showDetails = showDetails;
        this.sites = [];
        this.listings = [];
        this.proposals = [];
        this.siteForm = $('#site-form');
        this.listingForm = $('#listing-form');
        this.wireSiteForm();
        this.wireListingForm();
        this.updateListingType();
        $('#proposals-refresh').addEventListener('click', () => this.loadProposals());
    }

    start() {
        this.loadSites();
        this.loadListings();
    }

    render() {
        this.renderSites();
        this.renderListings();
        this.renderProposals();
        this.updateListingType();
    }

    fillMaterials(language) {
        fillMaterials(this.listingForm.elements.material, this.state.materials, language);
        fillMaterials(this.listingForm.elements.accepts, this.state.materials, language);
    }

    // ---- sites ----

    async loadSites() {
        try {
            this.sites = await api.all('/api/v1/sites?limit=1000');
        } catch (error) {
            reportError(error);
        }
        this.renderSites();
    }

    renderSites() {
        const list = $('#site-list');
        list.replaceChildren(...(this.sites.length === 0 ? [el('li', {class: 'hint'}, t('sites.none'))]
            : this.sites.map(site => el('li', {'data-site-id': site.id},
                el('button', {type: 'button', class: 'link', onclick: () => this.editSite(site)},
                    `${site.name}${site.municipality ? `, ${site.municipality}` : ''}`)))));
        const select = this.listingForm.elements.siteId;
        const chosen = select.value;
        select.replaceChildren(...this.sites.map(site => el('option', {value: site.id}, site.name)));
        if (chosen) {
            select.value = chosen;
        }
    }

    wireSiteForm() {
        const form = this.siteForm;
        $('#site-place').addEventListener('click', event => {
            const button = event.currentTarget;
            button.setAttribute('aria-pressed', 'true');
            button.textContent = t('sites.placing');
            this.map.pickPoint(latlng => {
                setValue(form, 'lat', latlng.lat.toFixed(6));
                setValue(form, 'lon', latlng.lng.toFixed(6));
                this.map.markDraft(latlng);
                button.setAttribute('aria-pressed', 'false');
                button.textContent = t('sites.place');
            });
        });
        form.addEventListener('submit', async event => {
            event.preventDefault();
            clearFieldErrors(form);
            const lat = value(form, 'lat');
            const lon = value(form, 'lon');
            const body = {
                name: value(form, 'name'),
                municipality: value(form, 'municipality'),
                address: value(form, 'address'),
                location: lat === null || lon === null ? null : {type: 'Point', coordinates: [lon, lat]}
            };
            const id = value(form, 'id');
            try {
                const site = id ? await api.put(`/api/v1/sites/${id}`, body) : await api.post('/api/v1/sites', body);
                message(t('sites.saved', {name: site.name}));
                form.reset();
                this.map.markDraft(null);
                await this.loadSites();
                this.listingForm.elements.siteId.value = site.id;
            } catch (error) {
                reportError(error, form);
            }
        });
        form.addEventListener('reset', () => {
            clearFieldErrors(form);
            this.map.markDraft(null);
            this.map.cancelDrawing();
            $('#site-form-title').textContent = t('sites.new');
            setTimeout(() => setValue(form, 'id', ''), 0);
        });
    }

    editSite(site) {
        const form = this.siteForm;
        clearFieldErrors(form);
        $('#site-form-title').textContent = t('sites.edit');
        setValue(form, 'id', site.id);
        setValue(form, 'name', site.name);
        setValue(form, 'municipality', site.municipality);
        setValue(form, 'address', site.address);
        const [lon, lat] = site.location.coordinates;
        setValue(form, 'lat', lat);
        setValue(form, 'lon', lon);
        this.map.markDraft([lat, lon]);
        this.map.map.setView([lat, lon], Math.max(this.map.map.getZoom(), 12));
        form.elements.name.focus();
    }

    // ---- listings ----

    async loadListings() {
        const own = api.query({companyId: this.state.me.companyId, status: 'DRAFT,ACTIVE,MATCHED,CLOSED', limit: 1000});
        try {
            const [supplies, demands] = await Promise.all([
                api.all(`/api/v1/supplies${own}`), api.all(`/api/v1/demands${own}`)]);
            this.listings = [...supplies.map(item => ({type: 'supply', item})),
                ...demands.map(item => ({type: 'demand', item}))];
        } catch (error) {
            reportError(error);
        }
        this.renderListings();
    }

    renderListings() {
        const list = $('#listing-list');
        if (this.listings.length === 0) {
            list.replaceChildren(el('li', {class: 'hint'}, t('listings.none')));
            return;
        }
        list.replaceChildren(...this.listings.map(({type, item}) => {
            const what = type === 'supply' ? nameOf(this.state.materials, item.material)
                : item.accepts.map(code => nameOf(this.state.materials, code)).join(', ');
            return el('li', {'data-listing-id': item.id, 'data-kind': type},
                el('span', {class: `sym sym-${type} legend-sym`, style: '--colour:#888'}),
                ` ${what}: ${number(item.tonnes)} t · ${t(`status.${item.status}`)} `,
                el('button', {type: 'button', class: 'link', onclick: () => this.editListing(type, item.id)}, t('details.edit')),
                ' ',
                el('button', {type: 'button', class: 'link', onclick: () => this.showCandidates(type, asFeature(item))},
                    t('details.candidates')));
        }));
    }

    wireListingForm() {
        const form = this.listingForm;
        form.querySelectorAll('input[name="type"]').forEach(radio =>
            radio.addEventListener('change', () => this.updateListingType()));
        form.addEventListener('submit', event => {
            event.preventDefault();
            this.saveListing();
        });
        form.addEventListener('reset', () => {
            clearFieldErrors(form);
            $('#listing-form-title').textContent = t('listings.new');
            form.querySelectorAll('input[name="type"]').forEach(radio => {
                radio.disabled = false;
            });
            setTimeout(() => {
                setValue(form, 'id', '');
                setValue(form, 'version', '');
                this.updateListingType();
            }, 0);
        });
    }

    listingType() {
        return this.listingForm.querySelector('input[name="type"]:checked').value;
    }

    updateListingType() {
        const type = this.listingType();
        this.listingForm.dataset.type = type;
        this.listingForm.querySelectorAll('.supply-only, .demand-only').forEach(element => {
            element.hidden = !element.classList.contains(`${type}-only`);
        });
    }

    listingBody(type) {
        const form = this.listingForm;
        const window = WINDOW[type];
        const body = {
            siteId: value(form, 'siteId'),
            quantity: {amount: value(form, 'quantity.amount'), unit: value(form, 'quantity.unit')},
            kind: value(form, 'kind'),
            [window.from]: value(form, 'from'),
            [window.to]: value(form, 'to'),
            description: value(form, 'description'),
            status: value(form, 'status')
        };
        if (type === 'supply') {
            body.material = value(form, 'material');
            body.contaminationClass = value(form, 'contaminationClass') === null ? null : Number(value(form, 'contaminationClass'));
        } else {
            body.accepts = value(form, 'accepts');
            body.maxContaminationClass = value(form, 'maxContaminationClass') === null ? null
                : Number(value(form, 'maxContaminationClass'));
            body.maxHaulKm = value(form, 'maxHaulKm');
        }
        return body;
    }

    async saveListing() {
        const form = this.listingForm;
        clearFieldErrors(form);
        const type = this.listingType();
        const path = type === 'supply' ? '/api/v1/supplies' : '/api/v1/demands';
        const id = value(form, 'id');
        try {
            const saved = id
                ? await api.call('PUT', `${path}/${id}`, {body: this.listingBody(type), headers: {'If-Match': `"${value(form, 'version')}"`}})
                : await api.post(path, this.listingBody(type));
            message(t('listings.saved'));
            form.dataset.savedId = saved.id;
            form.reset();
            await Promise.all([this.loadListings(), this.reload()]);
        } catch (error) {
            const window = WINDOW[type];
            error.errors = (error.errors ?? []).map(({field, message: text}) => ({
                field: field === window.from ? 'from' : field === window.to ? 'to' : field, message: text
            }));
            reportError(error, form);
        }
    }

    async editListing(type, id) {
        const form = this.listingForm;
        try {
            const listing = await api.get(`/api/v1/${type === 'supply' ? 'supplies' : 'demands'}/${id}`);
            form.reset();
            await new Promise(resolve => setTimeout(resolve, 0));
            form.querySelector(`input[name="type"][value="${type}"]`).checked = true;
            form.querySelectorAll('input[name="type"]').forEach(radio => {
                radio.disabled = true;
            });
            this.updateListingType();
            $('#listing-form-title').textContent = t('listings.edit');
            const window = WINDOW[type];
            setValue(form, 'id', listing.id);
            setValue(form, 'version', listing.version);
            setValue(form, 'siteId', listing.siteId);
            setValue(form, 'quantity.amount', listing.quantity.amount);
            setValue(form, 'quantity.unit', listing.quantity.unit);
            setValue(form, 'kind', listing.kind);
            setValue(form, 'from', listing[window.from]);
            setValue(form, 'to', listing[window.to]);
            setValue(form, 'status', listing.status);
            setValue(form, 'description', listing.description);
            if (type === 'supply') {
                setValue(form, 'material', listing.material);
                setValue(form, 'contaminationClass', listing.contaminationClass);
            } else {
                setValue(form, 'accepts', listing.accepts);
                setValue(form, 'maxContaminationClass', listing.maxContaminationClass);
                setValue(form, 'maxHaulKm', listing.maxHaulKm);
            }
            $('#tab-company').click();
            form.elements.siteId.focus();
        } catch (error) {
            reportError(error);
        }
    }

    // ---- candidates ----

    async showCandidates(type, feature) {
        this.showDetails(type, feature);
        const box = $('#candidates');
        try {
            const result = await api.get(`/api/v1/${type === 'supply' ? 'supplies' : 'demands'}/${feature.id}/candidates`);
            const what = type === 'supply' ? nameOf(this.state.materials, feature.properties.material)
                : (feature.properties.accepts ?? []).map(code => nameOf(this.state.materials, code)).join(', ');
            const rows = result.items.map(item => el('li', {'data-candidate-id': item.id},
                el('strong', {}, `${item.siteName ?? ''}${item.municipality ? `, ${item.municipality}` : ''}`), el('br'),
                t('candidates.line', {tonnes: number(item.tonnes), km: number(item.km, 1), cost: number(item.costPerTonne, 1),
                    co2: number(item.co2KgPerTonne, 2)}),
                item.savingPerTonne != null ? el('span', {class: 'hint'}, ` · ${t('candidates.saving', {saving: number(item.savingPerTonne, 1)})}`) : null));
            box.replaceChildren(
                el('h3', {}, t('candidates.title', {what})),
                result.alternative ? el('p', {class: 'hint'}, t('candidates.alternative',
                    {name: result.alternative.name, cost: number(result.alternative.costPerTonne, 1)})) : null,
                rows.length ? el('ol', {class: 'items candidates'}, ...rows) : el('p', {}, t('candidates.none')));
            this.map.showCandidates(feature, result.items);
        } catch (error) {
            reportError(error);
        }
    }

    // ---- proposals ----

    async loadProposals() {
        try {
            this.proposals = await api.all('/api/v1/proposals?limit=1000', {maxPages: 5});
        } catch (error) {
            reportError(error);
        }
        this.renderProposals();
    }

    renderProposals() {
        const list = $('#proposal-list');
        if (this.proposals.length === 0) {
            list.replaceChildren(el('li', {class: 'hint'}, t('proposals.none')));
            return;
        }
        const member = this.state.me?.role === 'MEMBER';
        list.replaceChildren(...this.proposals.map(proposal => {
            const counterpart = proposal.counterpart;
            const mine = proposal.side === 'SUPPLIER' ? 'ACCEPTED_BY_SUPPLIER' : proposal.side === 'RECEIVER' ? 'ACCEPTED_BY_RECEIVER' : null;
            const canAnswer = member && UNDECIDED.has(proposal.state);
            const material = this.proposalMaterial(proposal);
            return el('li', {'data-proposal-id': proposal.id, 'data-state': proposal.state},
                el('strong', {}, t(`proposalState.${proposal.state}`)),
                proposal.side ? ` · ${t(`proposals.side.${proposal.side}`)}` : '',
                el('br'),
                el('strong', {class: 'proposal-what'}, material ? `${nameOf(this.state.materials, material)}: ` : '',
                    `${number(proposal.tonnes)} t`),
                ` · ${number(proposal.km, 1)} km · ${t('proposals.cost', {cost: number(proposal.cost)})}`,
                counterpart ? el('div', {class: 'hint'}, t('proposals.counterpart', {
                    what: counterpart.material ? nameOf(this.state.materials, counterpart.material)
                        : (counterpart.accepts ?? []).map(code => nameOf(this.state.materials, code)).join(', '),
                    municipality: counterpart.municipality ?? '–'
                }), counterpart.from || counterpart.to ? ` (${counterpart.from ?? '…'} – ${counterpart.to ?? '…'})` : '') : null,
                schedule(proposal.schedule),
                el('div', {class: 'hint proposal-origin'}, t('proposals.origin', {
                    scenario: proposal.scenarioName ?? proposal.scenarioId?.slice(0, 8) ?? '–',
                    published: date(proposal.publishedAt ?? proposal.createdAt)
                })),
                counterpart?.company ? el('div', {}, t('proposals.company',
                    {name: counterpart.company.name, email: counterpart.company.contactEmail})) : null,
                canAnswer ? el('div', {class: 'row'},
                    el('button', {type: 'button', disabled: proposal.state === mine,
                        onclick: () => this.answer(proposal, 'accept')}, t('proposals.accept')),
                    el('button', {type: 'button', onclick: () => this.answer(proposal, 'decline')}, t('proposals.decline'))) : null);
        }));
    }

    /**
     * The material a proposal moves: as the proposal states it, else the supply's, read from the counterpart (a
     * receiver's) or from the company's own listing (a supplier's).
     */
    proposalMaterial(proposal) {
        if (proposal.material) {
            return proposal.material;
        }
        if (proposal.side === 'RECEIVER') {
            return proposal.counterpart?.material;
        }
        return this.listings.find(({type, item}) => type === 'supply' && item.id === proposal.supplyId)?.item.material;
    }

    async answer(proposal, action) {
        try {
            await api.post(`/api/v1/proposals/${proposal.id}/${action}`);
            await this.loadProposals();
            if (action === 'accept') {
                await this.reload();
            }
        } catch (error) {
            reportError(error);
            await this.loadProposals();
        }
    }
}

/** A proposal's tonnes per period ([{period, tonnes}]), where it carries them. */
function schedule(periods) {
    if (!Array.isArray(periods) || periods.length === 0) {
        return null;
    }
    return el('div', {class: 'hint proposal-schedule'}, t('proposals.schedule', {
        periods: periods.map(entry => `${entry.period}: ${number(entry.tonnes)} t`).join(' · ')
    }));
}

/** The calendar day of an ISO timestamp, as the page's language writes it. */
function date(timestamp) {
    return timestamp ? new Intl.DateTimeFormat(currentLanguage() === 'nb' ? 'nb-NO' : 'en-GB',
        {day: 'numeric', month: 'short', year: 'numeric'}).format(new Date(timestamp)) : '–';
}

/** A listing as the GeoJSON feature the map and details panel use. */
function asFeature(listing) {
    return {type: 'Feature', id: listing.id, geometry: listing.location, properties: listing};
}
