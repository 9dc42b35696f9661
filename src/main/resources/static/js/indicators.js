// The public indicators page: no token. Reads /api/v1/indicators, draws one chart per theme with ECharts, a summary
// of the last month with every change against last year (worse ones marked, with the number), and the definitions.
import {$, el} from './ui.js';
import {pageTexts} from './language.js';

const labels = {
    nb: {
        tagline: 'åpne indikatorer for masser i Trondheimsregionen', lang: 'English',
        lead: 'Hva som faktisk ble gjenbrukt, hva som gikk til deponi, og om regionen gjør det bedre enn i fjor. '
            + 'Tall som er blitt verre, vises like tydelig som tall som er blitt bedre.',
        from: 'Fra måned', to: 'Til måned', municipality: 'Kommune', region: 'Hele regionen', show: 'Vis',
        allCsv: 'Alle data (CSV)', allJson: 'Alle data (JSON)', summary: 'Siste måned: {month}',
        indicator: 'Indikator', value: 'Verdi', lastYear: 'Mot samme måned i fjor', twelveMonths: 'Siste 12 måneder mot året før',
        target: 'Mål', definitions: 'Definisjoner', loading: 'Henter tall …', failed: 'Tallene kunne ikke hentes: {detail}',
        worse: 'verre', better: 'bedre', points: 'prosentpoeng', unchanged: 'uendret', suppressed: 'skjult (færre enn 3 firmaer)',
        noData: 'ingen data', noTarget: '–', met: 'nådd', notMet: 'ikke nådd', distance: '{distance} fra målet ({state})',
        worseMonths: 'Verre enn året før: {months}', noneWorse: 'Ingen måneder verre enn året før.',
        baseline: 'uten Sirkel (deponi og massetak)', targetLine: 'mål',
        'chart.tonnes': 'Gjenbruk og deponi (tonn)', 'chart.reuseRate': 'Gjenbruksgrad (%)',
        'chart.co2': 'CO2 (kg) mot referansen', 'chart.trips': 'Billass mot referansen',
        'chart.tonneKm': 'Tonnkilometer mot referansen', 'chart.activity': 'Aktive firmaer og annonser',
        'chart.days': 'Median dager fra annonse til avtale', 'chart.onTime': 'Avtaler levert i tide (%)',
        reusedTonnes: 'Gjenbrukt under avtaler', landfillTonnes: 'Levert til deponi',
        virginReplacedTonnes: 'Jomfruelig materiale erstattet', reuseRate: 'Gjenbruksgrad', tonneKm: 'Tonnkilometer',
        baselineTonneKm: 'Tonnkilometer uten Sirkel', truckTrips: 'Billass', baselineTruckTrips: 'Billass uten Sirkel',
        co2Kg: 'CO2', baselineCo2Kg: 'CO2 uten Sirkel', co2SavedKg: 'CO2 spart', activeFirms: 'Aktive firmaer',
        activeListings: 'Aktive annonser', medianDaysToDeal: 'Median dager til avtale', onTimeShare: 'Levert i tide',
        'unit.trips': 'billass', 'unit.firms': 'firmaer', 'unit.listings': 'annonser', 'unit.days': 'dager',
        'unit.t·km': 'tonnkm',
    },
    en: {
        tagline: 'open indicators for masses in the Trondheim region', lang: 'Norsk',
        lead: 'What was actually reused, what went to landfill, and whether the region is doing better than last year. '
            + 'Figures that got worse are shown as plainly as those that got better.',
        from: 'From month', to: 'To month', municipality: 'Municipality', region: 'The whole region', show: 'Show',
        allCsv: 'All data (CSV)', allJson: 'All data (JSON)', summary: 'Last month: {month}',
        indicator: 'Indicator', value: 'Value', lastYear: 'Against the same month last year',
        twelveMonths: 'Last 12 months against the year before', target: 'Target', definitions: 'Definitions',
        loading: 'Loading the figures …', failed: 'The figures could not be loaded: {detail}',
        worse: 'worse', better: 'better', points: 'percentage points', unchanged: 'unchanged', suppressed: 'suppressed (fewer than 3 companies)',
        noData: 'no data', noTarget: '–', met: 'met', notMet: 'not met', distance: '{distance} from the target ({state})',
        worseMonths: 'Worse than the year before: {months}', noneWorse: 'No month worse than the year before.',
        baseline: 'without Sirkel (landfill and quarry)', targetLine: 'target',
        'chart.tonnes': 'Reuse and landfill (tonnes)', 'chart.reuseRate': 'Reuse rate (%)',
        'chart.co2': 'CO2 (kg) against the baseline', 'chart.trips': 'Truck trips against the baseline',
        'chart.tonneKm': 'Tonne-km against the baseline', 'chart.activity': 'Active firms and listings',
        'chart.days': 'Median days from listing to deal', 'chart.onTime': 'Deals delivered on time (%)',
        reusedTonnes: 'Reused under deals', landfillTonnes: 'Delivered to landfill',
        virginReplacedTonnes: 'Virgin material replaced', reuseRate: 'Reuse rate', tonneKm: 'Tonne-km',
        baselineTonneKm: 'Tonne-km without Sirkel', truckTrips: 'Truck trips', baselineTruckTrips: 'Truck trips without Sirkel',
        co2Kg: 'CO2', baselineCo2Kg: 'CO2 without Sirkel', co2SavedKg: 'CO2 saved', activeFirms: 'Active firms',
        activeListings: 'Active listings', medianDaysToDeal: 'Median days to deal', onTimeShare: 'Delivered on time',
    },
};

// Each chart: its indicators, as bars or lines.
const charts = [
    {key: 'tonnes', series: [['reusedTonnes', 'bar'], ['virginReplacedTonnes', 'bar'], ['landfillTonnes', 'bar']]},
    {key: 'reuseRate', series: [['reuseRate', 'line']], target: 'reuseRate'},
    {key: 'co2', series: [['co2Kg', 'line'], ['baselineCo2Kg', 'line'], ['co2SavedKg', 'bar']]},
    {key: 'trips', series: [['truckTrips', 'line'], ['baselineTruckTrips', 'line']]},
    {key: 'tonneKm', series: [['tonneKm', 'line'], ['baselineTonneKm', 'line']]},
    {key: 'activity', series: [['activeFirms', 'line'], ['activeListings', 'line']]},
    {key: 'days', series: [['medianDaysToDeal', 'bar']]},
    {key: 'onTime', series: [['onTimeShare', 'bar']], target: 'onTimeShare'},
];

let report = null;
const drawn = [];
const {language, label, t, number, translate} = pageTexts(labels, () => {
    if (report) {
        render();
    } else {
        translate();
    }
});

function signed(value, unit) {
    const sign = value > 0 ? '+' : value < 0 ? '−' : '±';
    return `${sign}${number(Math.abs(value))} ${unit}`;
}

function defaultMonths() {
    const now = new Date();
    const to = new Date(now.getFullYear(), now.getMonth() - 1, 1);
    const from = new Date(to.getFullYear(), to.getMonth() - 11, 1);
    const month = date => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
    return {from: month(from), to: month(to)};
}

function parameters(extra = {}) {
    const form = $('#choice');
    const search = new URLSearchParams({from: form.from.value, to: form.to.value});
    if (form.municipality.value) {
        search.set('municipality', form.municipality.value);
    }
    Object.entries(extra).forEach(([name, value]) => search.set(name, value));
    return search.toString();
}

async function load() {
    $('#status').textContent = t('loading');
    try {
        const response = await fetch(`/api/v1/indicators?${parameters()}`, {headers: {Accept: 'application/json'}});
        const body = await response.json();
        if (!response.ok) {
            throw new Error(body.detail || response.statusText);
        }
        report = body;
        history.replaceState(null, '', `/indicators?${parameters()}`);
        $('#status').textContent = '';
        render();
    } catch (failure) {
        $('#status').textContent = t('failed', {detail: failure.message});
    }
}

function render() {
    translate();
    const select = $('#municipality');
    const chosen = report.municipality ?? '';
    select.replaceChildren(el('option', {value: ''}, t('region')),
        ...report.municipalities.map(name => el('option', {value: name}, name)));
    select.value = chosen;
    $('#all-csv').href = `/api/v1/indicators?${parameters({format: 'csv'})}`;
    $('#all-json').href = `/api/v1/indicators?${parameters({format: 'json'})}`;
    renderSummary();
    renderCharts();
    renderDefinitions();
}

/** An indicator's unit as the API names it, written in the page's language. */
function unitOf(key) {
    const unit = report.definitions.find(definition => definition.key === key)?.unit ?? '';
    return label(`unit.${unit}`) ?? unit;
}

/** The unit of a change: percentage points for a percentage. */
function changeUnit(key) {
    return unitOf(key) === '%' ? t('points') : unitOf(key);
}

/** A change against last year: the number, and 'worse'/'better' where the indicator carries a judgement. */
function changeCell(comparison, unit) {
    if (comparison.suppressed) {
        return el('td', {class: 'suppressed'}, t('suppressed'));
    }
    if (comparison.change === undefined || comparison.change === null) {
        return el('td', {}, t('noData'));
    }
    const percent = comparison.changePercent === undefined || comparison.changePercent === null ? ''
        : ` (${signed(comparison.changePercent, '%')})`;
    const verdict = comparison.worse === true ? t('worse') : comparison.worse === false
        ? (comparison.change === 0 ? t('unchanged') : t('better')) : null;
    const text = `${signed(comparison.change, unit === '%' ? t('points') : unit)}${percent}${verdict ? ` – ${verdict}` : ''}`;
    const judged = comparison.worse === true ? 'worse' : comparison.worse === false && comparison.change !== 0
        ? 'better' : null;
    return el('td', {class: judged,
        'data-worse': String(comparison.worse === true)}, text);
}

function renderSummary() {
    const last = report.months[report.months.length - 1];
    $('#summary-title').textContent = t('summary', {month: last.month});
    $('#summary tbody').replaceChildren(...last.figures.map(figure => {
        const unit = unitOf(figure.indicator);
        const value = figure.suppressed ? el('td', {class: 'suppressed'}, t('suppressed'))
            : el('td', {}, figure.value === undefined || figure.value === null ? t('noData')
                : `${number(figure.value)} ${unit}`);
        const target = figure.target
            ? el('td', {}, `${number(figure.target.value)} ${unit} (${figure.target.year}): `
                + (figure.target.distance === undefined || figure.target.distance === null ? t('noData')
                    : t('distance', {distance: signed(figure.target.distance, unit),
                        state: figure.target.met ? t('met') : t('notMet')})))
            : el('td', {}, t('noTarget'));
        return el('tr', {'data-indicator': figure.indicator}, el('td', {}, t(figure.indicator)), value,
            changeCell(figure.sameMonthLastYear, unit), changeCell(figure.twelveMonths, unit), target);
    }));
    $('#rule').textContent = language() === 'nb' ? report.rule.no : report.rule.en;
}

function seriesOf(key) {
    return report.months.map(month => month.figures.find(figure => figure.indicator === key));
}

function renderCharts() {
    drawn.forEach(chart => chart.dispose());
    drawn.length = 0;
    const months = report.months.map(month => month.month);
    const present = new Set(report.definitions.map(definition => definition.key));
    $('#charts').replaceChildren(...charts.filter(chart => chart.series.some(([key]) => present.has(key)))
        .map(chart => {
            const box = el('div', {class: 'chart', id: `chart-${chart.key}`});
            const worseMonths = [];
            const series = chart.series.filter(([key]) => present.has(key)).map(([key, type]) => ({
                name: t(key), type,
                data: seriesOf(key).map((figure, index) => {
                    const worse = figure.sameMonthLastYear.worse === true;
                    if (worse) {
                        worseMonths.push(`${months[index]} ${t(key)} ${signed(figure.sameMonthLastYear.change, changeUnit(key))}`);
                    }
                    return {
                        value: figure.suppressed ? null : figure.value ?? null,
                        itemStyle: worse ? {borderColor: '#b00020', borderWidth: 3, color: type === 'line' ? '#b00020' : undefined} : undefined,
                        symbolSize: worse ? 10 : 5,
                    };
                }),
            }));
            if (chart.target) {
                const targets = seriesOf(chart.target).map(figure => figure.target?.value ?? null);
                if (targets.some(value => value !== null)) {
                    series.push({name: t('targetLine'), type: 'line', data: targets, lineStyle: {type: 'dashed'},
                        symbol: 'none'});
                }
            }
            const links = el('div', {class: 'links'}, ...chart.series.filter(([key]) => present.has(key))
                .flatMap(([key]) => [
                    el('a', {href: `/api/v1/indicators?${parameters({indicator: key, format: 'csv'})}`}, `${t(key)} CSV`),
                    el('a', {href: `/api/v1/indicators?${parameters({indicator: key, format: 'json'})}`}, 'JSON'),
                ]));
            const worst = el('p', {class: worseMonths.length ? 'worst worse' : 'worst'},
                worseMonths.length ? t('worseMonths', {months: worseMonths.join('; ')}) : t('noneWorse'));
            const card = el('article', {class: 'chart-card', 'data-chart': chart.key},
                el('h3', {}, t(`chart.${chart.key}`)), box, worst, links);
            requestAnimationFrame(() => {
                const drawing = echarts.init(box);
                drawing.setOption({
                    animation: false,
                    tooltip: {trigger: 'axis'},
                    legend: {top: 0},
                    grid: {left: 60, right: 20, top: 40, bottom: 30},
                    xAxis: {type: 'category', data: months},
                    yAxis: {type: 'value'},
                    series,
                });
                drawn.push(drawing);
            });
            return card;
        }));
}

function renderDefinitions() {
    $('#definitions').replaceChildren(...report.definitions.flatMap(definition => [
        el('dt', {}, `${t(definition.key)} (${unitOf(definition.key)})`),
        el('dd', {}, language() === 'nb' ? definition.no : definition.en),
    ]));
}

function start() {
    const form = $('#choice');
    const given = new URLSearchParams(location.search);
    const months = defaultMonths();
    form.from.value = given.get('from') ?? months.from;
    form.to.value = given.get('to') ?? months.to;
    if (given.get('municipality')) {
        form.municipality.append(el('option', {value: given.get('municipality')}, given.get('municipality')));
        form.municipality.value = given.get('municipality');
    }
    form.addEventListener('submit', event => {
        event.preventDefault();
        load();
    });
    translate();
    load();
}

start();
