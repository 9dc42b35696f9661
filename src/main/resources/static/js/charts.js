// Small ECharts drawings of the planner's view (the library the indicators page uses, served from its webjar):
// the best cost and the bound falling while a scenario solves, and a hub's stock over the periods of a plan.
import {t, number} from './i18n.js';

/** An ECharts chart in element, made once and drawn again on each call. */
class Chart {

    constructor(element) {
        this.element = element;
        this.chart = null;
    }

    draw(option) {
        if (!this.chart) {
            this.chart = echarts.init(this.element);
            new ResizeObserver(() => this.chart.resize()).observe(this.element);
        }
        this.chart.setOption({animation: false, ...option}, true);
    }

    clear() {
        this.chart?.clear();
    }
}

/** The best plan's cost and the proven lower bound against seconds of solving. */
export class ProgressChart extends Chart {

    /** @param points [{elapsedSeconds, bestCost, lowerBound}] in time order; costs in NOK */
    show(points, limitSeconds) {
        const known = points.filter(point => point.bestCost !== null && point.bestCost !== undefined);
        if (known.length === 0) {
            this.clear();
            return;
        }
        // on a log scale, so that a first plan paying penalties does not flatten the rest; a bound of 0 is left out
        const series = (key, name, colour) => ({
            name, type: 'line', step: 'end', symbol: 'none', color: colour,
            data: known.filter(point => point[key] > 0).map(point => [point.elapsedSeconds, point[key]])
        });
        this.draw({
            grid: {left: 8, right: 8, top: 22, bottom: 18, containLabel: true},
            legend: {top: 0, itemHeight: 8, textStyle: {fontSize: 11}},
            tooltip: {trigger: 'axis', valueFormatter: value => `${number(value)} NOK`},
            xAxis: {type: 'value', min: 0, max: limitSeconds || undefined, axisLabel: {fontSize: 10, formatter: '{value} s'}},
            yAxis: {type: 'log', axisLabel: {fontSize: 10, formatter: value => number(value)}},
            series: [series('bestCost', t('run.bestCost'), '#0d47a1'), series('lowerBound', t('kpi.lowerBound'), '#9e9e9e')]
        });
    }
}

/** A hub's stock at the end of each period, tonnes, against its capacity. */
export class StockChart extends Chart {

    /** @param stock [{period, tonnes}] in period order; capacityTonnes may be null */
    show(stock, capacityTonnes) {
        const periods = stock.map(point => point.period);
        const series = [{name: t('hubs.stock'), type: 'bar', color: '#6a1b9a', data: stock.map(point => point.tonnes)}];
        if (capacityTonnes) {
            series.push({name: t('hubs.capacity'), type: 'line', symbol: 'none', color: '#b71c1c',
                lineStyle: {type: 'dashed'}, data: periods.map(() => capacityTonnes)});
        }
        this.draw({
            grid: {left: 8, right: 8, top: 22, bottom: 4, containLabel: true},
            legend: {top: 0, itemHeight: 8, textStyle: {fontSize: 11}},
            tooltip: {trigger: 'axis', valueFormatter: value => `${number(value)} t`},
            xAxis: {type: 'category', data: periods, axisLabel: {fontSize: 10}},
            yAxis: {type: 'value', axisLabel: {fontSize: 10, formatter: value => number(value)}},
            series
        });
    }
}
