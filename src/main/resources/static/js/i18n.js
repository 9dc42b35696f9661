// Labels in Norwegian (bokmål) and English. Elements carry data-i18n="key"; code calls t(key, values).

const labels = {
    nb: {
        'app.tagline': 'masser og biprodukter i Trondheimsregionen',
        'lang.switch': 'English', 'lang.hint': 'Bytt språk til engelsk',
        'signin.label': 'Tilgangsnøkkel', 'signin.submit': 'Logg inn', 'signin.signout': 'Logg ut',
        'signin.needed': 'Lim inn tilgangsnøkkelen din for å logge inn.',
        'signin.failed': 'Nøkkelen ble ikke godtatt: {detail}',
        'role.ADMIN': 'Administrator', 'role.PLANNER': 'Planlegger', 'role.MEMBER': 'Medlem',
        'tab.map': 'Kart', 'tab.company': 'Mitt firma', 'tab.proposals': 'Forslag', 'tab.planner': 'Planlegging',
        'nav.deliveries': 'Leveranser', 'nav.indicators': 'Indikatorer',
        'filters.title': 'Filter', 'filters.material': 'Materiale', 'filters.all': 'Alle',
        'filters.class': 'Tilstandsklasse', 'filters.status': 'Status', 'filters.from': 'Fra', 'filters.to': 'Til',
        'filters.show': 'Vis', 'filters.colourBy': 'Farge etter', 'filters.byMaterial': 'materiale',
        'filters.byClass': 'tilstandsklasse', 'filters.apply': 'Bruk', 'filters.reset': 'Nullstill',
        'filters.count': '{supplies} tilbud, {demands} behov, {facilities} anlegg',
        'settings.title': 'Kartinnstillinger', 'settings.tiles': 'Flis-URL (tom: ingen bakgrunnskart)',
        'settings.save': 'Lagre',
        'kind.supply': 'Overskudd (tilbud)', 'kind.demand': 'Behov', 'kind.facility': 'Anlegg',
        'facility.DISPOSAL': 'Deponi', 'facility.VIRGIN_SOURCE': 'Pukkverk / grustak', 'facility.STORAGE_HUB': 'Mellomlager',
        'status.ACTIVE': 'Aktiv', 'status.DRAFT': 'Utkast', 'status.CLOSED': 'Lukket', 'status.MATCHED': 'Matchet',
        'listingKind.ONE_OFF': 'Engangs', 'listingKind.RECURRING': 'Løpende (per år)',
        'unit.t': 'tonn', 'unit.m3_solid': 'pfm³ (fast)', 'unit.m3_loose': 'løs m³',
        'legend.title': 'Tegnforklaring', 'legend.size': 'Størrelse: tonn', 'legend.noClass': 'ingen klasse',
        'legend.class': 'Klasse {n}',
        'details.title': 'Detaljer', 'details.material': 'Materiale', 'details.accepts': 'Tar imot',
        'details.class': 'Tilstandsklasse', 'details.maxClass': 'Høyeste klasse', 'details.tonnes': 'Tonn',
        'details.window': 'Periode', 'details.status': 'Status', 'details.kind': 'Type',
        'details.maxHaulKm': 'Maks transportavstand', 'details.description': 'Beskrivelse',
        'details.gateFee': 'Mottaksgebyr', 'details.price': 'Pris', 'details.handlingFee': 'Håndteringsgebyr',
        'details.capacity': 'Kapasitet', 'details.municipality': 'Kommune', 'details.edit': 'Rediger',
        'details.candidates': 'Vis kandidater', 'details.close': 'Lukk',
        'sites.title': 'Mine anlegg/tomter', 'sites.new': 'Ny tomt', 'sites.edit': 'Rediger tomt', 'sites.name': 'Navn',
        'sites.municipality': 'Kommune', 'sites.address': 'Adresse', 'sites.lat': 'Breddegrad', 'sites.lon': 'Lengdegrad',
        'sites.place': 'Plasser i kartet', 'sites.placing': 'Klikk i kartet …',
        'sites.placeHint': 'Velg «Plasser i kartet» og klikk der tomta ligger.',
        'sites.saved': 'Tomta «{name}» er lagret.', 'sites.none': 'Ingen tomter ennå.',
        'listings.title': 'Mine oppføringer', 'listings.new': 'Ny oppføring', 'listings.edit': 'Rediger oppføring',
        'listings.type': 'Hva', 'listings.site': 'Tomt', 'listings.material': 'Materiale', 'listings.class': 'Tilstandsklasse',
        'listings.noClass': '–', 'listings.accepts': 'Tar imot (velg ett eller flere)', 'listings.maxClass': 'Høyeste klasse',
        'listings.amount': 'Mengde', 'listings.unit': 'Enhet', 'listings.kind': 'Type', 'listings.from': 'Fra',
        'listings.to': 'Til', 'listings.maxHaulKm': 'Maks transportavstand (km)', 'listings.status': 'Status',
        'listings.description': 'Beskrivelse', 'listings.saved': 'Oppføringen er lagret.',
        'listings.none': 'Ingen oppføringer ennå.', 'listings.invalid': 'Sjekk feltene som er merket.',
        'candidates.title': 'Kandidater for {what}', 'candidates.none': 'Ingen kompatible motparter innen rekkevidde.',
        'candidates.alternative': 'Alternativ: {name}, {cost} kr/t',
        'candidates.line': '{tonnes} t · {km} km · {cost} kr/t · {co2} kg CO₂/t',
        'candidates.saving': 'sparer {saving} kr/t',
        'form.save': 'Lagre', 'form.new': 'Ny', 'form.refresh': 'Oppdater',
        'proposals.title': 'Forslag', 'proposals.none': 'Ingen forslag.', 'proposals.accept': 'Godta',
        'proposals.decline': 'Avslå', 'proposals.side.SUPPLIER': 'Dere leverer', 'proposals.side.RECEIVER': 'Dere mottar',
        'proposals.side.BOTH': 'Begge sider er deres', 'proposals.line': '{tonnes} t · {km} km · {cost} kr',
        'proposals.counterpart': 'Motpart: {what} i {municipality}', 'proposals.company': 'Firma: {name} ({email})',
        'proposalState.OPEN': 'Åpent', 'proposalState.ACCEPTED_BY_SUPPLIER': 'Godtatt av leverandør',
        'proposalState.ACCEPTED_BY_RECEIVER': 'Godtatt av mottaker', 'proposalState.DEAL': 'Avtale',
        'proposalState.DECLINED': 'Avslått', 'proposalState.STALE': 'Utdatert',
        'scenario.new': 'Nytt scenario', 'scenario.name': 'Navn', 'scenario.from': 'Horisont fra', 'scenario.to': 'til',
        'scenario.region': 'Område', 'scenario.materials': 'Materialer (ingen valgt: alle)',
        'scenario.parameters': 'Parametere', 'scenario.seconds': 'Sekunder å løse', 'scenario.start': 'Start optimering',
        'param.objective': 'Mål', 'param.costPerTonneKm': 'Kr per tonnkm', 'param.fixedCostPerRoute': 'Fast kostnad per rute',
        'param.maxHaulKm': 'Maks avstand (km)', 'param.co2KgPerTonneKm': 'kg CO₂ per tonnkm',
        'param.truckPayloadTonnes': 'Lastevne (t)',
        'objective.COST': 'Lavest kostnad', 'objective.TONNE_KM': 'Færrest tonnkm',
        'region.view': 'Bruk kartutsnittet', 'region.rectangle': 'Tegn rektangel', 'region.polygon': 'Tegn polygon',
        'region.clear': 'Fjern', 'region.none': 'Hele markedet (ingen avgrensning).',
        'region.set': 'Område med {n} hjørner.', 'region.rectangleHint': 'Klikk to motsatte hjørner i kartet.',
        'region.polygonHint': 'Klikk hjørnene i kartet; dobbeltklikk eller klikk første punkt for å avslutte.',
        'run.status': 'Status', 'run.bestCost': 'Beste kostnad', 'run.gap': 'avstand til nedre grense {gap} %',
        'run.stop': 'Stopp', 'run.geojson': 'Last ned GeoJSON', 'run.csv': 'Last ned CSV',
        'run.publish': 'Publiser forslag', 'run.published': '{published} forslag publisert ({open} åpne, {stale} utdaterte).',
        'runStatus.QUEUED': 'I kø', 'runStatus.SOLVING': 'Løser', 'runStatus.SOLVED': 'Løst',
        'runStatus.STOPPED': 'Stoppet', 'runStatus.FAILED': 'Feilet',
        'kpi.cost': 'Kostnad', 'kpi.reusedTonnes': 'Gjenbrukt', 'kpi.reuseRate': 'Gjenbruksgrad', 'kpi.tonneKm': 'Tonnkm',
        'kpi.truckTrips': 'Lastebilturer', 'kpi.co2Kg': 'CO₂', 'kpi.gapPercent': 'Avstand til nedre grense',
        'kpi.lowerBound': 'Nedre grense', 'kpi.savings': 'Besparelse mot grunnlinjen', 'kpi.versusGreedy': 'Mot grådig markedsplass',
        'kpi.baseline': 'Grunnlinje (alt til deponi, alt fra pukkverk)',
        'flow.MATCH': 'Gjenbruk (tilbud → behov)', 'flow.DISPOSAL': 'Til deponi', 'flow.VIRGIN': 'Fra pukkverk',
        'flow.TO_HUB': 'Til mellomlager', 'flow.FROM_HUB': 'Fra mellomlager', 'flow.UNPLACED': 'Uten avsetning (t)',
        'flow.UNMET': 'Udekket behov (t)',
        'scenarios.title': 'Scenarier', 'scenarios.compare': 'Sammenlign valgte', 'scenarios.none': 'Ingen scenarier ennå.',
        'scenarios.pickTwo': 'Velg minst to scenarier å sammenligne.', 'scenarios.show': 'Vis',
        'compare.kpi': 'Nøkkeltall', 'compare.difference': 'Differanse',
        'error.generic': 'Noe gikk galt: {detail}', 'error.network': 'Tjenesten svarer ikke.'
    },
    en: {
        'app.tagline': 'masses and by-products in the Trondheim region',
        'lang.switch': 'Norsk', 'lang.hint': 'Switch language to Norwegian',
        'signin.label': 'Access token', 'signin.submit': 'Sign in', 'signin.signout': 'Sign out',
        'signin.needed': 'Paste your access token to sign in.',
        'signin.failed': 'The token was not accepted: {detail}',
        'role.ADMIN': 'Administrator', 'role.PLANNER': 'Planner', 'role.MEMBER': 'Member',
        'tab.map': 'Map', 'tab.company': 'My company', 'tab.proposals': 'Proposals', 'tab.planner': 'Planner',
        'nav.deliveries': 'Deliveries', 'nav.indicators': 'Indicators',
        'filters.title': 'Filters', 'filters.material': 'Material', 'filters.all': 'All',
        'filters.class': 'Condition class', 'filters.status': 'Status', 'filters.from': 'From', 'filters.to': 'To',
        'filters.show': 'Show', 'filters.colourBy': 'Colour by', 'filters.byMaterial': 'material',
        'filters.byClass': 'condition class', 'filters.apply': 'Apply', 'filters.reset': 'Reset',
        'filters.count': '{supplies} supplies, {demands} demands, {facilities} facilities',
        'settings.title': 'Map settings', 'settings.tiles': 'Tile URL (empty: no background map)',
        'settings.save': 'Save',
        'kind.supply': 'Surplus (supply)', 'kind.demand': 'Demand', 'kind.facility': 'Facility',
        'facility.DISPOSAL': 'Landfill', 'facility.VIRGIN_SOURCE': 'Quarry / gravel pit', 'facility.STORAGE_HUB': 'Storage hub',
        'status.ACTIVE': 'Active', 'status.DRAFT': 'Draft', 'status.CLOSED': 'Closed', 'status.MATCHED': 'Matched',
        'listingKind.ONE_OFF': 'One-off', 'listingKind.RECURRING': 'Recurring (per year)',
        'unit.t': 'tonnes', 'unit.m3_solid': 'm³ solid', 'unit.m3_loose': 'm³ loose',
        'legend.title': 'Legend', 'legend.size': 'Size: tonnes', 'legend.noClass': 'no class',
        'legend.class': 'Class {n}',
        'details.title': 'Details', 'details.material': 'Material', 'details.accepts': 'Accepts',
        'details.class': 'Condition class', 'details.maxClass': 'Highest class', 'details.tonnes': 'Tonnes',
        'details.window': 'Window', 'details.status': 'Status', 'details.kind': 'Kind',
        'details.maxHaulKm': 'Max haul', 'details.description': 'Description',
        'details.gateFee': 'Gate fee', 'details.price': 'Price', 'details.handlingFee': 'Handling fee',
        'details.capacity': 'Capacity', 'details.municipality': 'Municipality', 'details.edit': 'Edit',
        'details.candidates': 'Show candidates', 'details.close': 'Close',
        'sites.title': 'My sites', 'sites.new': 'New site', 'sites.edit': 'Edit site', 'sites.name': 'Name',
        'sites.municipality': 'Municipality', 'sites.address': 'Address', 'sites.lat': 'Latitude', 'sites.lon': 'Longitude',
        'sites.place': 'Place on map', 'sites.placing': 'Click on the map …',
        'sites.placeHint': 'Choose “Place on map” and click where the site is.',
        'sites.saved': 'Site “{name}” saved.', 'sites.none': 'No sites yet.',
        'listings.title': 'My listings', 'listings.new': 'New listing', 'listings.edit': 'Edit listing',
        'listings.type': 'What', 'listings.site': 'Site', 'listings.material': 'Material', 'listings.class': 'Condition class',
        'listings.noClass': '–', 'listings.accepts': 'Accepts (pick one or more)', 'listings.maxClass': 'Highest class',
        'listings.amount': 'Amount', 'listings.unit': 'Unit', 'listings.kind': 'Kind', 'listings.from': 'From',
        'listings.to': 'To', 'listings.maxHaulKm': 'Max haul (km)', 'listings.status': 'Status',
        'listings.description': 'Description', 'listings.saved': 'Listing saved.',
        'listings.none': 'No listings yet.', 'listings.invalid': 'Check the marked fields.',
        'candidates.title': 'Candidates for {what}', 'candidates.none': 'No compatible counterparts in reach.',
        'candidates.alternative': 'Alternative: {name}, NOK {cost}/t',
        'candidates.line': '{tonnes} t · {km} km · NOK {cost}/t · {co2} kg CO₂/t',
        'candidates.saving': 'saves NOK {saving}/t',
        'form.save': 'Save', 'form.new': 'New', 'form.refresh': 'Refresh',
        'proposals.title': 'Proposals', 'proposals.none': 'No proposals.', 'proposals.accept': 'Accept',
        'proposals.decline': 'Decline', 'proposals.side.SUPPLIER': 'You supply', 'proposals.side.RECEIVER': 'You receive',
        'proposals.side.BOTH': 'Both sides are yours', 'proposals.line': '{tonnes} t · {km} km · NOK {cost}',
        'proposals.counterpart': 'Counterpart: {what} in {municipality}', 'proposals.company': 'Company: {name} ({email})',
        'proposalState.OPEN': 'Open', 'proposalState.ACCEPTED_BY_SUPPLIER': 'Accepted by supplier',
        'proposalState.ACCEPTED_BY_RECEIVER': 'Accepted by receiver', 'proposalState.DEAL': 'Deal',
        'proposalState.DECLINED': 'Declined', 'proposalState.STALE': 'Stale',
        'scenario.new': 'New scenario', 'scenario.name': 'Name', 'scenario.from': 'Horizon from', 'scenario.to': 'to',
        'scenario.region': 'Region', 'scenario.materials': 'Materials (none picked: all)',
        'scenario.parameters': 'Parameters', 'scenario.seconds': 'Seconds to solve', 'scenario.start': 'Start optimising',
        'param.objective': 'Objective', 'param.costPerTonneKm': 'NOK per tonne-km', 'param.fixedCostPerRoute': 'Fixed cost per route',
        'param.maxHaulKm': 'Max haul (km)', 'param.co2KgPerTonneKm': 'kg CO₂ per tonne-km',
        'param.truckPayloadTonnes': 'Truck payload (t)',
        'objective.COST': 'Least cost', 'objective.TONNE_KM': 'Fewest tonne-km',
        'region.view': 'Use map view', 'region.rectangle': 'Draw rectangle', 'region.polygon': 'Draw polygon',
        'region.clear': 'Clear', 'region.none': 'The whole marketplace (no region).',
        'region.set': 'Region with {n} corners.', 'region.rectangleHint': 'Click two opposite corners on the map.',
        'region.polygonHint': 'Click the corners on the map; double-click or click the first point to finish.',
        'run.status': 'Status', 'run.bestCost': 'Best cost', 'run.gap': 'gap to lower bound {gap} %',
        'run.stop': 'Stop', 'run.geojson': 'Download GeoJSON', 'run.csv': 'Download CSV',
        'run.publish': 'Publish proposals', 'run.published': '{published} proposals published ({open} open, {stale} stale).',
        'runStatus.QUEUED': 'Queued', 'runStatus.SOLVING': 'Solving', 'runStatus.SOLVED': 'Solved',
        'runStatus.STOPPED': 'Stopped', 'runStatus.FAILED': 'Failed',
        'kpi.cost': 'Cost', 'kpi.reusedTonnes': 'Reused', 'kpi.reuseRate': 'Reuse rate', 'kpi.tonneKm': 'Tonne-km',
        'kpi.truckTrips': 'Truck trips', 'kpi.co2Kg': 'CO₂', 'kpi.gapPercent': 'Gap to lower bound',
        'kpi.lowerBound': 'Lower bound', 'kpi.savings': 'Savings against the baseline', 'kpi.versusGreedy': 'Against a greedy marketplace',
        'kpi.baseline': 'Baseline (all to landfill, all from quarries)',
        'flow.MATCH': 'Reuse (supply → demand)', 'flow.DISPOSAL': 'To landfill', 'flow.VIRGIN': 'From quarry',
        'flow.TO_HUB': 'To storage hub', 'flow.FROM_HUB': 'From storage hub', 'flow.UNPLACED': 'No outlet (t)',
        'flow.UNMET': 'Unmet need (t)',
        'scenarios.title': 'Scenarios', 'scenarios.compare': 'Compare selected', 'scenarios.none': 'No scenarios yet.',
        'scenarios.pickTwo': 'Pick at least two scenarios to compare.', 'scenarios.show': 'Show',
        'compare.kpi': 'Key figure', 'compare.difference': 'Difference',
        'error.generic': 'Something went wrong: {detail}', 'error.network': 'The service does not answer.'
    }
};

const listeners = [];
let language = localStorage.getItem('sirkel.lang') === 'en' ? 'en' : 'nb';

export function currentLanguage() {
    return language;
}

/** The label for key in the current language, with {name} placeholders filled from values. */
export function t(key, values = {}) {
    const text = labels[language][key] ?? labels.en[key] ?? key;
    return text.replace(/\{(\w+)\}/g, (_, name) => values[name] ?? '');
}

/** Numbers as people of the current language write them. */
export function number(value, digits = 0) {
    if (value === null || value === undefined || Number.isNaN(value)) {
        return '–';
    }
    return new Intl.NumberFormat(language === 'nb' ? 'nb-NO' : 'en-GB',
        {maximumFractionDigits: digits, minimumFractionDigits: 0}).format(value);
}

/** Fills every [data-i18n] element under root with its label. */
export function translate(root = document) {
    document.documentElement.lang = language;
    root.querySelectorAll('[data-i18n]').forEach(element => {
        element.textContent = t(element.dataset.i18n);
    });
}

export function setLanguage(next) {
    language = next;
    localStorage.setItem('sirkel.lang', next);
    translate();
    listeners.forEach(listener => listener(next));
}

/** Calls listener after every language change, so that drawn content can be written again. */
export function onLanguageChange(listener) {
    listeners.push(listener);
}
