// The reader's language, nb or en, chosen on any page and kept for the others, and what every page writes in it:
// numbers, labelled elements, and the texts of the pages outside the map (deliveries, indicators).

const STORED = 'sirkel.lang';

/** The language last chosen on any page; Norwegian until one is chosen. */
export function storedLanguage() {
    return localStorage.getItem(STORED) === 'en' ? 'en' : 'nb';
}

export function storeLanguage(language) {
    localStorage.setItem(STORED, language);
}

/** A number as readers of the language write it, with at most digits decimals; '–' for none. */
export function formatNumber(language, value, digits) {
    if (value === null || value === undefined || Number.isNaN(value)) {
        return '–';
    }
    return new Intl.NumberFormat(language === 'nb' ? 'nb-NO' : 'en-GB', {maximumFractionDigits: digits})
        .format(value);
}

/** Writes each element under root that has the data attribute with the label its value names, t(key). */
export function writeLabels(language, attribute, t, root = document) {
    document.documentElement.lang = language;
    root.querySelectorAll(`[data-${attribute}]`).forEach(element => {
        element.textContent = t(element.dataset[attribute]);
    });
}

/**
 * The texts of a page outside the map from its labels ({nb: {...}, en: {...}}, {name} placeholders filled from
 * values and left as written where none is given). The #lang-toggle button switches the language, stores it and calls
 * onChange, which writes the page again.
 */
export function pageTexts(labels, onChange) {
    let language = storedLanguage();
    const texts = {
        language: () => language,
        /** The label of key, or undefined where the page has none. */
        label: key => labels[language][key],
        t: (key, values = {}) => (labels[language][key] ?? key)
            .replace(/\{(\w+)}/g, (whole, name) => values[name] ?? whole),
        number: (value, digits = 1) => formatNumber(language, value, digits),
        /** Writes the [data-label] elements and the toggle, which names the other language. */
        translate() {
            writeLabels(language, 'label', texts.t);
            document.querySelector('#lang-toggle').textContent = texts.t('lang');
        }
    };
    document.querySelector('#lang-toggle').addEventListener('click', () => {
        language = language === 'nb' ? 'en' : 'nb';
        storeLanguage(language);
        onChange();
    });
    return texts;
}
