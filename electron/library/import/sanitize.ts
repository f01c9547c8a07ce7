import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';
import { JSDOM, VirtualConsole } from 'jsdom';

/**
 * DOMPurify for HTML strings (Markdown's rendering) runs in one long-lived, inert jsdom
 * window: no scripts run, no resource loader (jsdom's default loads nothing), no URL.
 * Built once, because a window costs more to create than a note costs to sanitise.
 */
let shared: { window: JSDOM['window']; purify: DOMPurify } | null = null;

/** A jsdom console that swallows jsdom's own complaints about the pages it parses. */
export function silentConsole(): VirtualConsole {
  return new VirtualConsole();
}

function purifier(): DOMPurify {
  if (!shared) {
    const { window } = new JSDOM('<!doctype html><html><body></body></html>', { virtualConsole: silentConsole() });
    shared = { window, purify: createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]) };
  }
  return shared.purify;
}

/**
 * What the reading view can show. Anything else is unwrapped (its text kept) or, for the
 * elements in ADD_FORBID_CONTENTS, dropped with its content. No images, media, frames,
 * forms or styles; the only attribute is a link's href, and only http, https and mailto.
 */
const CONFIG: Config = {
  ALLOWED_TAGS: [
    'a', 'abbr', 'address', 'article', 'aside', 'b', 'bdi', 'bdo', 'blockquote', 'br', 'caption', 'center',
    'cite', 'code', 'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'footer',
    'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'i', 'ins', 'kbd', 'li', 'main', 'mark', 'nav',
    'ol', 'p', 'pre', 'q', 's', 'samp', 'section', 'small', 'span', 'strike', 'strong', 'sub', 'summary', 'sup',
    'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'tt', 'u', 'ul', 'var', 'wbr',
  ],
  ALLOWED_ATTR: ['href'],
  ALLOWED_URI_REGEXP: /^(?:https?|mailto):/i,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ADD_FORBID_CONTENTS: [
    'button', 'select', 'option', 'optgroup', 'datalist', 'textarea', 'object', 'embed', 'applet', 'canvas',
    'picture', 'audio', 'video', 'map', 'frameset', 'frame', 'dialog', 'menu', 'input',
  ],
  KEEP_CONTENT: true,
};

/** Sanitises untrusted HTML into a fragment of inert nodes, ready for blocksFromDom. */
export function sanitizeHtml(html: string): DocumentFragment {
  return purifier().sanitize(html, { ...CONFIG, RETURN_DOM_FRAGMENT: true });
}

/**
 * Sanitises an element of an inert jsdom page where it stands, sparing the serialise and
 * re-parse a string round trip costs on long articles. A purifier is bound to its window,
 * so each page gets its own (about a millisecond).
 */
export function sanitizeElementInPlace(element: Element, window: JSDOM['window']): Element {
  const purify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
  purify.sanitize(element, { ...CONFIG, IN_PLACE: true });
  return element;
}
