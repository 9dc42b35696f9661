// Small DOM helpers shared by the views: element building, status messages, field errors from the API.
import {t, currentLanguage} from './i18n.js';

export const $ = (selector, root = document) => root.querySelector(selector);
export const $$ = (selector, root = document) => [...root.querySelectorAll(selector)];

/** An element with attributes (on* become listeners, dataset via data-*) and children (strings become text). */
export function el(tag, attributes = {}, ...children) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
        if (value === null || value === undefined || value === false) {
            continue;
        }
        if (name.startsWith('on')) {
            element.addEventListener(name.slice(2), value);
        } else if (name === 'class') {
            element.className = value;
        } else {
            element.setAttribute(name, value === true ? '' : value);
        }
    }
    element.append(...children.flat().filter(child => child !== null && child !== undefined && child !== false));
    return element;
}

let messageTimer;

/** Shows a short status line; errors stay until the next message. */
export function message(text, kind = 'info') {
    const box = $('#message');
    box.textContent = text;
    box.className = `message ${kind}`;
    box.hidden = !text;
    clearTimeout(messageTimer);
    if (kind !== 'error' && text) {
        messageTimer = setTimeout(() => {
            box.hidden = true;
        }, 6000);
    }
}

/** Reports a failed call: field errors go next to their fields, the rest to the status line. */
export function reportError(error, form = null) {
    if (form && error.errors?.length) {
        showFieldErrors(form, error.errors);
        message(t('listings.invalid'), 'error');
        return;
    }
    message(error.status === 0 ? t('error.network') : t('error.generic', {detail: error.message}), 'error');
}

export function clearFieldErrors(form) {
    $$('.field-error', form).forEach(element => {
        if (element.dataset.generated !== undefined) {
            element.remove();
        } else {
            element.textContent = '';
        }
    });
    $$('[aria-invalid]', form).forEach(element => {
        element.removeAttribute('aria-invalid');
        element.removeAttribute('aria-describedby');
    });
}

/**
 * Puts each API field error ({field, message}, field a JSON path such as quantity.amount or accepts[1]) next to the
 * form control it belongs to: the control named like the field, or like the field without its index, or one that
 * declares it in data-field; otherwise into the form's general error line.
 */
export function showFieldErrors(form, errors) {
    clearFieldErrors(form);
    const general = $('[data-error-for="_form"]', form);
    for (const {field, message: text} of errors) {
        const control = controlFor(form, field);
        const line = `${field}: ${text}`;
        if (!control) {
            const slot = $(`[data-error-for="${field.split(/[.[]/)[0]}"]`, form) ?? general;
            if (slot) {
                slot.textContent = slot.textContent ? `${slot.textContent} ${line}` : line;
            }
            continue;
        }
        const id = `error-${control.name.replace(/[^\w-]/g, '-')}`;
        let slot = document.getElementById(id);
        if (!slot) {
            slot = el('p', {class: 'field-error', id, 'data-generated': true, 'data-error-field': field});
            (control.closest('label') ?? control).after(slot);
        }
        slot.textContent = slot.textContent ? `${slot.textContent} ${text}` : text;
        control.setAttribute('aria-invalid', 'true');
        control.setAttribute('aria-describedby', id);
    }
    $('[aria-invalid]', form)?.focus();
}

function controlFor(form, field) {
    const candidates = [field, field.replace(/\[\d+]$/, ''), field.replace(/\[\d+].*$/, '')];
    for (const name of candidates) {
        const control = form.elements.namedItem(name);
        if (control && control.name) {
            return control;
        }
        const declared = $(`[data-field="${name}"]`, form);
        if (declared) {
            return declared;
        }
    }
    return null;
}

/** The value of a form control: null when empty, numbers for number inputs, arrays for multiple selects. */
export function value(form, name) {
    const control = form.elements.namedItem(name);
    if (!control) {
        return null;
    }
    if (control.multiple) {
        return [...control.selectedOptions].map(option => option.value);
    }
    if (control.value === '') {
        return null;
    }
    return control.type === 'number' ? Number(control.value) : control.value;
}

export function setValue(form, name, newValue) {
    const control = form.elements.namedItem(name);
    if (!control) {
        return;
    }
    if (control.multiple) {
        const wanted = new Set(newValue ?? []);
        [...control.options].forEach(option => {
            option.selected = wanted.has(option.value);
        });
    } else {
        control.value = newValue ?? '';
    }
}

/** Fills a select with the catalogue's materials, named in the current language. */
export function fillMaterials(select, materials, language, keepFirst = false) {
    const chosen = new Set(select.multiple ? [...select.selectedOptions].map(o => o.value) : [select.value]);
    const first = keepFirst ? select.options[0] : null;
    select.replaceChildren(...(first ? [first] : []), ...materials.map(material => el('option', {
        value: material.code, selected: chosen.has(material.code)
    }, `${language === 'nb' ? material.nameNo : material.nameEn} (${material.code})`)));
}

/** A material's name in the current language, or its code where the catalogue does not know it. */
export function nameOf(materials, code) {
    const material = materials.find(candidate => candidate.code === code);
    if (!material) {
        return code;
    }
    return currentLanguage() === 'nb' ? material.nameNo : material.nameEn;
}
