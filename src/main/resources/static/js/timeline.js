// The period slider of a plan over time: position 0 draws every period's flows, position n only those of the n-th
// period; play steps through the periods, one a second.
import {t, number, currentLanguage} from './i18n.js';
import {$} from './ui.js';

const STEP_MILLIS = 1000;

export class PlanTimeline {

    constructor({map}) {
        this.map = map;
        this.features = [];
        this.periods = [];
        this.slider = $('#timeline-slider');
        this.playButton = $('#timeline-play');
        this.slider.addEventListener('input', () => {
            this.pause();
            this.draw();
        });
        this.playButton.addEventListener('click', () => (this.timer ? this.pause() : this.play()));
    }

    /**
     * Shows a plan's flows with the slider over its periods (first days, ISO dates, in order); a plan without
     * periods (format v1) has no slider.
     */
    show(features, periods, horizonTo) {
        this.pause();
        this.features = features;
        this.periods = periods ?? [];
        this.horizonTo = horizonTo;
        $('#timeline').hidden = this.periods.length < 2;
        this.slider.max = String(this.periods.length);
        this.slider.value = '0';
        this.map.showFlows(features);
        this.label();
    }

    clear() {
        this.show([], [], null);
    }

    /** The chosen period's index (0 for the first), or null where every period is drawn. */
    chosen() {
        const position = Number(this.slider.value);
        return position === 0 ? null : position - 1;
    }

    draw() {
        const index = this.chosen();
        const period = index === null ? null : this.periods[index];
        this.map.showFlows(period === null ? this.features
            : this.features.filter(feature => feature.properties.period === period), {fit: false});
        this.label();
    }

    label() {
        const index = this.chosen();
        const shown = index === null ? this.features
            : this.features.filter(feature => feature.properties.period === this.periods[index]);
        $('#timeline').dataset.period = index === null ? '' : this.periods[index];
        $('#timeline-period').textContent = index === null ? t('timeline.all', {n: this.periods.length})
            : t('timeline.period', {n: index + 1, of: this.periods.length, range: this.range(index)});
        $('#timeline-tonnes').textContent = t('timeline.tonnes', {
            tonnes: number(shown.filter(feature => feature.geometry.type !== 'Point')
                .reduce((sum, feature) => sum + (feature.properties.tonnes || 0), 0)),
            flows: shown.length
        });
        this.playButton.textContent = t(this.timer ? 'timeline.pause' : 'timeline.play');
        this.playButton.setAttribute('aria-pressed', String(Boolean(this.timer)));
    }

    /** The period's first and last day, written as the page's language writes dates. */
    range(index) {
        const format = new Intl.DateTimeFormat(currentLanguage() === 'nb' ? 'nb-NO' : 'en-GB',
            {day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC'});
        const first = new Date(`${this.periods[index]}T00:00:00Z`);
        const next = this.periods[index + 1];
        const last = next ? new Date(Date.parse(`${next}T00:00:00Z`) - 86_400_000)
            : this.horizonTo ? new Date(`${this.horizonTo}T00:00:00Z`) : first;
        return `${format.format(first)} – ${format.format(last)}`;
    }

    play() {
        if (Number(this.slider.value) >= this.periods.length) {
            this.slider.value = '0';
        }
        this.timer = setInterval(() => this.step(), STEP_MILLIS);
        this.step();
    }

    step() {
        const next = Number(this.slider.value) + 1;
        this.slider.value = String(next);
        if (next >= this.periods.length) {
            this.pause();
        }
        this.draw();
    }

    pause() {
        clearInterval(this.timer);
        this.timer = null;
        if (this.features) {
            this.label();
        }
    }
}
