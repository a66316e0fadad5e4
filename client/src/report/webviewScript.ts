/**
 * The webview's script, as text: the page loads it inline under a nonce (no
 * file to ship, no bundle entry). It turns the report's element tree into DOM
 * nodes — text only through text nodes, attributes only from the allow-list
 * the server's serialiser uses — and patches the page in place on each
 * update, so the report follows the typing without flicker. Clicks become
 * messages to the extension; the page itself opens nothing.
 *
 * Tested in Chromium by test/browser/webview.test.ts.
 */
import { ATTRIBUTES, HTML_TAGS, SVG_TAGS } from '../../../server/src/service/report/elements';
import { DOCS_BASE_URL } from '../../../server/src/service/rules/meta';

const SCRIPT = String.raw`
(function () {
  'use strict';
  var vscode = acquireVsCodeApi();
  var HTML_TAGS = new Set(__HTML_TAGS__);
  var SVG_TAGS = new Set(__SVG_TAGS__);
  var ATTRS = new Set(__ATTRIBUTES__);
  var DOCS = __DOCS__;
  var SVG_NS = 'http://www.w3.org/2000/svg';
  var root = document.getElementById('root');

  function safeHref(href) {
    return /^#[A-Za-z0-9_-]*$/.test(href) ||
      (href.indexOf(DOCS) === 0 && /^[a-z0-9-]+\.md$/.test(href.slice(DOCS.length)));
  }
  function allowed(name, value) {
    return name !== 'xmlns' && ATTRS.has(name) && (name !== 'href' || safeHref(value));
  }
  function known(node, svg) {
    return (svg || node.tag === 'svg' ? SVG_TAGS : HTML_TAGS).has(node.tag);
  }
  function textOf(node) {
    return typeof node === 'string' ? node : (node.children || []).map(textOf).join('');
  }
  function setAttrs(el, attrs) {
    Array.prototype.slice.call(el.attributes).forEach(function (a) {
      if (!Object.prototype.hasOwnProperty.call(attrs, a.name) || !allowed(a.name, attrs[a.name])) {
        el.removeAttribute(a.name);
      }
    });
    Object.keys(attrs).forEach(function (k) {
      var v = String(attrs[k]);
      if (allowed(k, v) && el.getAttribute(k) !== v) {
        el.setAttribute(k, v);
      }
    });
  }
  function create(node, svg) {
    if (typeof node === 'string') {
      return document.createTextNode(node);
    }
    if (!node || typeof node.tag !== 'string' || !known(node, svg)) {
      return document.createTextNode(node ? textOf(node) : '');
    }
    var inSvg = svg || node.tag === 'svg';
    var el = inSvg ? document.createElementNS(SVG_NS, node.tag) : document.createElement(node.tag);
    setAttrs(el, node.attrs || {});
    (node.children || []).forEach(function (c) { el.appendChild(create(c, inSvg)); });
    return el;
  }
  function key(node) {
    return (node.attrs && node.attrs['data-key']) || '';
  }
  function same(dom, node, svg) {
    if (typeof node === 'string') {
      return dom.nodeType === 3;
    }
    return dom.nodeType === 1 && known(node, svg) && dom.localName === node.tag && (dom.getAttribute('data-key') || '') === key(node);
  }
  /** Makes parent's children match nodes, touching only what changed. */
  function patch(parent, nodes, svg) {
    var kids = Array.prototype.slice.call(parent.childNodes);
    var i = 0;
    for (; i < nodes.length; i++) {
      var node = nodes[i];
      var dom = kids[i];
      if (dom && same(dom, node, svg)) {
        if (typeof node === 'string') {
          if (dom.nodeValue !== node) {
            dom.nodeValue = node;
          }
        } else {
          setAttrs(dom, node.attrs || {});
          patch(dom, node.children || [], svg || node.tag === 'svg');
        }
      } else if (dom) {
        parent.replaceChild(create(node, svg), dom);
      } else {
        parent.appendChild(create(node, svg));
      }
    }
    for (; i < kids.length; i++) {
      parent.removeChild(kids[i]);
    }
  }
  function render(state) {
    if (!state || !state.view) {
      return;
    }
    if (typeof state.lang === 'string') {
      document.documentElement.lang = state.lang;
    }
    if (typeof state.title === 'string') {
      document.title = state.title;
    }
    patch(root, [state.view], false);
  }

  window.addEventListener('message', function (event) {
    var m = event.data;
    if (m && m.type === 'update') {
      // the brief's uri too: after a reload, VS Code hands this state back to the extension
      var state = { view: m.view, lang: m.lang, title: m.title, uri: typeof m.uri === 'string' ? m.uri : undefined };
      render(state);
      vscode.setState(state);
      if (typeof m.focus === 'string') {
        showProvider(m.focus);
      }
    }
  });

  /** Scrolls a provider's section to the top (the conclusion lens's "report at this provider"). */
  function showProvider(id) {
    var sections = root.querySelectorAll('section.provider');
    for (var i = 0; i < sections.length; i++) {
      if (sections[i].getAttribute('data-key') === 'provider:' + id) {
        var section = sections[i];
        section.scrollIntoView({ block: 'start' });
        // sections off screen are laid out at an estimated height (content-visibility): once
        // those now in view have their real one, the section has moved; scroll to it again
        requestAnimationFrame(function () {
          requestAnimationFrame(function () { section.scrollIntoView({ block: 'start' }); });
        });
        return;
      }
    }
  }

  function act(target, event) {
    var el = target && target.closest ? target.closest('[data-command],[data-line],a[href]') : null;
    if (!el) {
      return false;
    }
    if (el.hasAttribute('data-command')) {
      vscode.postMessage({ type: 'command', command: el.getAttribute('data-command') });
    } else if (el.hasAttribute('data-line')) {
      var column = Number(el.getAttribute('data-column'));
      vscode.postMessage({ type: 'reveal', line: Number(el.getAttribute('data-line')), column: column > 0 ? column : undefined });
    } else {
      var href = el.getAttribute('href') || '';
      if (href.indexOf(DOCS) === 0 && safeHref(href)) {
        vscode.postMessage({ type: 'openDoc', url: href });
      }
    }
    event.preventDefault();
    return true;
  }
  document.addEventListener('click', function (event) { act(event.target, event); });
  document.addEventListener('keydown', function (event) {
    // SVG nodes are links by role; Enter and Space act as a click would.
    var el = event.target;
    if ((event.key === 'Enter' || event.key === ' ') && el && el.namespaceURI === SVG_NS) {
      act(el, event);
    }
  });

  render(vscode.getState());
  vscode.postMessage({ type: 'ready' });
})();
`;

/** The script with its allow-lists filled in from the serialiser's own. */
export const WEBVIEW_SCRIPT = SCRIPT
  .replace('__HTML_TAGS__', JSON.stringify(HTML_TAGS))
  .replace('__SVG_TAGS__', JSON.stringify(SVG_TAGS))
  .replace('__ATTRIBUTES__', JSON.stringify(ATTRIBUTES))
  .replace('__DOCS__', JSON.stringify(DOCS_BASE_URL));
