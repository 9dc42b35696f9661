// The HTTP client: every call carries the bearer token; refusals become ApiError with the problem's field errors.

import {currentLanguage} from './i18n.js';

const TOKEN_KEY = 'sirkel.token';

/** A refusal of the API (RFC 9457 problem+json) or a network failure (status 0). */
export class ApiError extends Error {
    constructor(status, detail, errors = []) {
        super(detail);
        this.status = status;
        this.errors = errors;
    }
}

export function token() {
    return sessionStorage.getItem(TOKEN_KEY);
}

export function setToken(value) {
    if (value) {
        sessionStorage.setItem(TOKEN_KEY, value);
    } else {
        sessionStorage.removeItem(TOKEN_KEY);
    }
}

/** The raw response of a call with the token; throws ApiError unless the status is 2xx. */
export async function send(method, path, {body, accept = 'application/json', headers = {}, signal} = {}) {
    const request = {method, headers: {Accept: accept, 'Accept-Language': currentLanguage(), ...headers}, signal};
    if (token()) {
        request.headers.Authorization = `Bearer ${token()}`;
    }
    if (body !== undefined) {
        request.headers['Content-Type'] = 'application/json';
        request.body = JSON.stringify(body);
    }
    let response;
    try {
        response = await fetch(path, request);
    } catch (failure) {
        if (failure.name === 'AbortError') {
            throw failure;
        }
        throw new ApiError(0, failure.message);
    }
    if (!response.ok) {
        throw await problem(response);
    }
    return response;
}

async function problem(response) {
    try {
        const body = await response.json();
        return new ApiError(response.status, body.detail || body.title || response.statusText, body.errors || []);
    } catch {
        return new ApiError(response.status, response.statusText);
    }
}

/** The JSON body of a call (null for 204). */
export async function call(method, path, options = {}) {
    const response = await send(method, path, options);
    return response.status === 204 ? null : response.json();
}

export const get = (path, options) => call('GET', path, options);
export const post = (path, body, options = {}) => call('POST', path, {...options, body});
export const put = (path, body, options = {}) => call('PUT', path, {...options, body});

/** Every item of a paged collection ({items, next} or a FeatureCollection with next), following cursors. */
export async function all(path, {accept = 'application/json', maxPages = 20} = {}) {
    const items = [];
    let cursor = null;
    for (let page = 0; page < maxPages; page++) {
        const separator = path.includes('?') ? '&' : '?';
        const url = cursor ? `${path}${separator}cursor=${encodeURIComponent(cursor)}` : path;
        const body = await get(url, {accept});
        items.push(...(body.items ?? body.features ?? []));
        cursor = body.next;
        if (!cursor) {
            break;
        }
    }
    return items;
}

/** Query string of the parameters that have a value. */
export function query(parameters) {
    const search = new URLSearchParams();
    Object.entries(parameters).forEach(([name, value]) => {
        if (value !== null && value !== undefined && value !== '') {
            search.set(name, value);
        }
    });
    const text = search.toString();
    return text ? `?${text}` : '';
}

/**
 * Reads a text/event-stream response with fetch (EventSource cannot send the Authorization header) and calls
 * onEvent(name, data) for each event; resolves when the stream ends, rejects on failure.
 */
export async function stream(path, onEvent, signal) {
    const response = await send('GET', path, {accept: 'text/event-stream', signal});
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
        const {value, done} = await reader.read();
        if (done) {
            return;
        }
        buffer = (buffer + value).replace(/\r\n?/g, '\n');
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
            dispatch(buffer.slice(0, end), onEvent);
            buffer = buffer.slice(end + 2);
        }
    }
}

function dispatch(block, onEvent) {
    let name = 'message';
    const data = [];
    for (const line of block.split('\n')) {
        if (line.startsWith(':')) {
            continue;
        }
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'event') {
            name = value;
        } else if (field === 'data') {
            data.push(value);
        }
    }
    if (data.length === 0) {
        return;
    }
    const text = data.join('\n');
    let parsed = text;
    try {
        parsed = JSON.parse(text);
    } catch {
        // not JSON: pass the text as it came
    }
    onEvent(name, parsed);
}

/** Downloads a response body as a file: fetched with the token, handed over as a blob link. */
export async function download(path, accept, filename) {
    const response = await send('GET', path, {accept});
    const blob = await response.blob();
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = filename;
    link.hidden = true;
    document.body.append(link);
    link.click();
    setTimeout(() => {
        URL.revokeObjectURL(link.href);
        link.remove();
    }, 1000);
}
