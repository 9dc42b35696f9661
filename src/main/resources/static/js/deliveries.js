// The deliveries page for signed-in companies: deals with what is delivered and still due, recording deliveries
// (the receiving side) and disputing them (the supplying side), masses moved outside Sirkel, and mass reports.
import * as api from './api.js';
import {$, el} from './ui.js';
import {pageTexts} from './language.js';

const labels = {
    nb: {
        tagline: 'leveranser og masserapporter', lang: 'English', token: 'Tilgangsnøkkel', signIn: 'Logg inn',
        needToken: 'Logg inn med tilgangsnøkkelen din.', deals: 'Avtaler og leveranser', noDeals: 'Ingen avtaler ennå.',
        outside: 'Masser utenfor Sirkel', outsideHint: 'Masser som gikk til deponi eller ble gjenbrukt av dere selv, '
            + 'slik at regionens tall ikke bare viser det Sirkel formidlet.',
        site: 'Anlegg', date: 'Dato', material: 'Materiale', class: 'Klasse', tonnes: 'Tonn', destination: 'Hvor',
        LANDFILL: 'Deponi', OWN_REUSE: 'Egen gjenbruk', receiver: 'Mottaker', km: 'Km', trips: 'Billass',
        ticket: 'Veiseddel', record: 'Registrer', csvImport: 'Importer CSV', import: 'Importer', reports: 'Masserapporter',
        agreed: 'Avtalt', delivered: 'Levert', disputed: 'Omstridt', due: 'Gjenstår', window: 'Periode',
        'status.OPEN': 'Pågår', 'status.COMPLETE': 'Fullført', 'status.OVERDUE': 'Forsinket',
        'state.RECORDED': 'Registrert', 'state.DISPUTED': 'Omstridt', dispute: 'Bestrid', withdraw: 'Trekk tilbake',
        note: 'Begrunnelse', saved: 'Lagret.', failed: 'Ikke lagret: {detail}', counterpart: 'Motpart',
        side: 'Dere {side}', 'side.SUPPLIER': 'leverer', 'side.RECEIVER': 'mottar', 'side.BOTH': 'er begge sider',
    },
    en: {
        tagline: 'deliveries and mass reports', lang: 'Norsk', token: 'Access token', signIn: 'Sign in',
        needToken: 'Sign in with your access token.', deals: 'Deals and deliveries', noDeals: 'No deals yet.',
        outside: 'Masses outside Sirkel', outsideHint: 'Masses that went to a landfill or into your own reuse, so that '
            + 'the region\'s figures show more than what Sirkel brokered.',
        site: 'Site', date: 'Date', material: 'Material', class: 'Class', tonnes: 'Tonnes', destination: 'Where',
        LANDFILL: 'Landfill', OWN_REUSE: 'Own reuse', receiver: 'Receiver', km: 'Km', trips: 'Truck trips',
        ticket: 'Weighbridge ticket', record: 'Record', csvImport: 'Import CSV', import: 'Import', reports: 'Mass reports',
        agreed: 'Agreed', delivered: 'Delivered', disputed: 'Disputed', due: 'Still due', window: 'Window',
        'status.OPEN': 'Open', 'status.COMPLETE': 'Complete', 'status.OVERDUE': 'Overdue',
        'state.RECORDED': 'Recorded', 'state.DISPUTED': 'Disputed', dispute: 'Dispute', withdraw: 'Withdraw dispute',
        note: 'Reason', saved: 'Saved.', failed: 'Not saved: {detail}', counterpart: 'Counterpart',
        side: 'You {side}', 'side.SUPPLIER': 'supply', 'side.RECEIVER': 'receive', 'side.BOTH': 'are both sides',
    },
};

const {language, t, number, translate} = pageTexts(labels, () => {
    translate();
    refresh();
});

function status(text) {
    $('#status').textContent = text;
}

function failed(error) {
    const fields = (error.errors ?? []).map(e => `${e.field}: ${e.message}`).join('; ');
    status(t('failed', {detail: fields || error.message}));
}

/** Values of the form's filled fields, numbers as numbers. */
function body(form) {
    const values = {};
    new FormData(form).forEach((value, name) => {
        if (value !== '') {
            values[name] = form.elements[name].type === 'number' ? Number(value) : value;
        }
    });
    return values;
}

async function importCsv(path, text) {
    const headers = {'Content-Type': 'text/csv', Accept: 'application/json', Authorization: `Bearer ${api.token()}`};
    const response = await fetch(path, {method: 'POST', headers, body: text});
    if (!response.ok) {
        const problem = await response.json().catch(() => ({}));
        throw new api.ApiError(response.status, problem.detail ?? response.statusText, problem.errors ?? []);
    }
}

async function loadDeals() {
    const deals = await api.all('/api/v1/proposals?state=DEAL&limit=1000', {maxPages: 5});
    if (!deals.length) {
        $('#deals').replaceChildren(el('p', {}, t('noDeals')));
        return;
    }
    const cards = await Promise.all(deals.map(async deal => dealCard(deal,
        await api.get(`/api/v1/proposals/${deal.id}/deliveries`))));
    $('#deals').replaceChildren(...cards);
}

function dealCard(deal, ledger) {
    const progress = ledger.progress;
    const receives = deal.side === 'RECEIVER' || deal.side === 'BOTH';
    const supplies = deal.side === 'SUPPLIER' || deal.side === 'BOTH';
    const counterpart = deal.counterpart?.company?.name;
    const rows = ledger.items.map(item => el('tr', {'data-delivery': item.id},
        el('td', {}, item.date), el('td', {}, number(item.tonnes)), el('td', {}, String(item.truckTrips)),
        el('td', {}, item.ticket ?? ''), el('td', {}, t(`state.${item.state}`) + (item.disputeNote ? `: ${item.disputeNote}` : '')),
        el('td', {}, supplies ? disputeControl(deal, item) : '')));
    const card = el('article', {class: 'chart-card', 'data-deal': deal.id},
        el('h3', {}, `${ledger.material} · ${counterpart ?? ''} · ${deal.side ? t('side', {side: t(`side.${deal.side}`)}) : ''}`),
        el('p', {class: progress.status === 'OVERDUE' ? 'worse' : null},
            `${t(`status.${progress.status}`)} · ${t('agreed')} ${number(progress.agreedTonnes)} t · `
            + `${t('delivered')} ${number(progress.deliveredTonnes)} t · ${t('disputed')} ${number(progress.disputedTonnes)} t · `
            + `${t('due')} ${number(progress.dueTonnes)} t · ${t('window')} ${ledger.windowFrom ?? '…'} – ${ledger.windowTo ?? '…'}`),
        el('table', {class: 'summary'}, el('tr', {}, ...['date', 'tonnes', 'trips', 'ticket', 'state', '']
            .map(key => el('th', {}, key ? t(key === 'state' ? 'note' : key) : ''))), ...rows));
    if (receives) {
        card.append(deliveryForm(deal));
    }
    return card;
}

function disputeControl(deal, item) {
    const path = `/api/v1/proposals/${deal.id}/deliveries/${item.id}/dispute`;
    if (item.state === 'DISPUTED') {
        return el('button', {type: 'button', onclick: () => act(() => api.call('DELETE', path))}, t('withdraw'));
    }
    const note = el('input', {placeholder: t('note'), 'aria-label': t('note')});
    return el('span', {}, note, el('button', {type: 'button',
        onclick: () => act(() => api.post(path, {note: note.value}))}, t('dispute')));
}

function deliveryForm(deal) {
    const path = `/api/v1/proposals/${deal.id}/deliveries`;
    const form = el('form', {class: 'choice'},
        el('label', {}, t('date'), el('input', {type: 'date', name: 'date', required: true})),
        el('label', {}, t('tonnes'), el('input', {type: 'number', name: 'tonnes', step: '0.001', required: true})),
        el('label', {}, t('trips'), el('input', {type: 'number', name: 'truckTrips', min: '1', required: true})),
        el('label', {}, t('ticket'), el('input', {name: 'ticket'})),
        el('button', {type: 'submit'}, t('record')));
    form.addEventListener('submit', event => {
        event.preventDefault();
        act(() => api.post(path, body(form)));
    });
    const csv = el('textarea', {rows: 3, 'aria-label': 'CSV'});
    return el('div', {}, form, el('details', {}, el('summary', {}, t('csvImport')),
        el('p', {class: 'rule'}, 'date,tonnes,truckTrips,ticket'), csv,
        el('button', {type: 'button', onclick: () => act(() => importCsv(path, csv.value))}, t('import'))));
}

async function act(action) {
    try {
        await action();
        status(t('saved'));
        await refresh();
    } catch (error) {
        failed(error);
    }
}

async function loadOutside(sites, materials) {
    const form = $('#outside-form');
    form.siteId.replaceChildren(...sites.map(site => el('option', {value: site.id}, site.name)));
    form.material.replaceChildren(...materials.map(material => el('option', {value: material.code},
        language() === 'nb' ? material.nameNo : material.nameEn)));
    const records = (await api.get('/api/v1/outside-deliveries')).items;
    const names = Object.fromEntries(sites.map(site => [site.id, site.name]));
    $('#outside-list').replaceChildren(el('tr', {}, ...['site', 'date', 'material', 'tonnes', 'destination', 'receiver',
        'km', 'trips'].map(key => el('th', {}, t(key)))), ...records.map(record => el('tr', {},
        el('td', {}, names[record.siteId] ?? record.siteId), el('td', {}, record.date), el('td', {}, record.material),
        el('td', {}, number(record.tonnes)), el('td', {}, t(record.destination)), el('td', {}, record.receiver ?? ''),
        el('td', {}, record.km === undefined || record.km === null ? '' : number(record.km)),
        el('td', {}, String(record.truckTrips)))));
}

function loadReports(sites) {
    $('#reports').replaceChildren(...sites.map(site => el('li', {}, `${site.name} `,
        ...[['application/pdf', 'PDF'], ['text/csv', 'CSV']].map(([type, name]) => el('button', {type: 'button',
            onclick: () => download(site, type, name)}, name)))));
}

async function download(site, type, name) {
    try {
        const response = await api.send('GET', `/api/v1/sites/${site.id}/mass-report`,
            {accept: type, headers: {'Accept-Language': language()}});
        const link = el('a', {href: URL.createObjectURL(await response.blob()),
            download: `mass-report-${site.name}.${name.toLowerCase()}`});
        link.click();
    } catch (error) {
        failed(error);
    }
}

async function refresh() {
    if (!api.token()) {
        status(t('needToken'));
        return;
    }
    try {
        const [sites, materials] = await Promise.all([api.all('/api/v1/sites?limit=1000'), api.get('/api/v1/materials')]);
        await Promise.all([loadDeals(), loadOutside(sites, materials)]);
        loadReports(sites);
    } catch (error) {
        failed(error);
    }
}

function start() {
    const fragment = new URLSearchParams(location.hash.slice(1));
    if (fragment.get('token')) {
        api.setToken(fragment.get('token'));
        history.replaceState(null, '', location.pathname);
    }
    $('#signin').addEventListener('submit', event => {
        event.preventDefault();
        api.setToken($('#token-input').value.trim());
        refresh();
    });
    $('#outside-form').addEventListener('submit', event => {
        event.preventDefault();
        act(() => api.post('/api/v1/outside-deliveries', body(event.target)));
    });
    $('#outside-csv-send').addEventListener('click', () => act(() => importCsv('/api/v1/outside-deliveries',
        $('#outside-csv').value)));
    translate();
    refresh();
}

start();
