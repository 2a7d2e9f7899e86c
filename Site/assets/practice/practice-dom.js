/* playbook practice: a small helper to build DOM nodes without innerHTML (card text is never parsed
   as HTML). Defines the global `PlaybookPracticeDOM`. */
(function (global) {
  "use strict";

  /** A new element: `attrs` are attributes (on* keys become listeners, `text` the text content),
      `children` nodes or strings (null and false are skipped). */
  function el(tag, attrs, children) {
    var node = global.document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      var value = attrs[key];
      if (value === null || value === undefined || value === false) return;
      if (key === "text") node.textContent = value;
      else if (key.slice(0, 2) === "on") node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? "" : value);
    });
    (children || []).forEach(function (child) {
      if (child === null || child === undefined || child === false) return;
      node.appendChild(typeof child === "string" ? global.document.createTextNode(child) : child);
    });
    return node;
  }

  /** Removes every child of `node` and appends `children`. */
  function fill(node, children) {
    while (node.firstChild) node.removeChild(node.firstChild);
    children.forEach(function (child) { if (child) node.appendChild(child); });
    return node;
  }

  /** Text with the ranges [start, end, class?] (code-point offsets) wrapped in <mark>. */
  function marked(text, ranges) {
    var chars = Array.from(text);
    var sorted = ranges.filter(function (r) { return r[1] > r[0]; }).sort(function (a, b) { return a[0] - b[0]; });
    var parts = [], at = 0;
    sorted.forEach(function (r) {
      if (r[0] < at) return;
      if (r[0] > at) parts.push(chars.slice(at, r[0]).join(""));
      parts.push(el("mark", { "class": r[2] || null, text: chars.slice(r[0], r[1]).join("") }));
      at = r[1];
    });
    if (at < chars.length) parts.push(chars.slice(at).join(""));
    return parts;
  }

  global.PlaybookPracticeDOM = { el: el, fill: fill, marked: marked };
})(typeof window !== "undefined" ? window : globalThis);
