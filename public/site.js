/* Runs in <head>, before the page is drawn (an external file: the site works under a
   strict Content-Security-Policy). Applies the reader's colour choice, marks that
   JavaScript runs, and once the page is there wires the colour switch, makes
   abbreviations openable by touch and keyboard, and fills the printed address. */
(function () {
  'use strict';
  var root = document.documentElement;
  var KEY = 'kleuren';
  root.classList.add('js');
  if (navigator.clipboard) root.classList.add('can-copy');
  function stored() {
    try {
      var v = localStorage.getItem(KEY);
      return v === 'licht' || v === 'donker' ? v : 'systeem';
    } catch (e) {
      return 'systeem';
    }
  }
  function apply(choice) {
    if (choice === 'licht') root.setAttribute('data-theme', 'light');
    else if (choice === 'donker') root.setAttribute('data-theme', 'dark');
    else root.removeAttribute('data-theme');
  }
  apply(stored());

  function ready() {
    var choice = stored();
    var radios = document.querySelectorAll('input[name="kleuren"]');
    for (var i = 0; i < radios.length; i++) {
      radios[i].checked = radios[i].value === choice;
      radios[i].addEventListener('change', function (event) {
        var value = event.target.value;
        try {
          if (value === 'systeem') localStorage.removeItem(KEY);
          else localStorage.setItem(KEY, value);
        } catch (e) {
          /* private mode: the choice holds for this page only */
        }
        apply(value);
      });
    }
    // Abbreviations: focusable, so a tap shows the expansion (CSS :focus); the first of each
    // on the page is a tab stop too, the others are not (a stop per occurrence would bury the links).
    var abbrs = document.querySelectorAll('main abbr[title]');
    var seen = {};
    for (var j = 0; j < abbrs.length; j++) {
      if (abbrs[j].closest('a, button, summary')) continue;
      var key = abbrs[j].textContent + '\u0000' + abbrs[j].title;
      abbrs[j].setAttribute('tabindex', seen[key] ? '-1' : '0');
      seen[key] = true;
    }
    // Disclosures (Kerngegevens): the button shows and hides what it controls.
    var toggles = document.querySelectorAll('button[data-disclosure][aria-controls]');
    for (var d = 0; d < toggles.length; d++) {
      toggles[d].addEventListener('click', function (event) {
        var button = event.currentTarget;
        var open = button.getAttribute('aria-expanded') !== 'true';
        button.setAttribute('aria-expanded', String(open));
        var part = document.getElementById(button.getAttribute('aria-controls'));
        if (part && part.parentElement) part.parentElement.classList.toggle('facts-open', open);
      });
    }
    // The printed address: the published one when the build knew it, else where the reader is.
    var urls = document.querySelectorAll('.print-url');
    for (var u = 0; u < urls.length; u++) {
      if (!urls[u].textContent.trim() && location.protocol !== 'file:') urls[u].textContent = location.href.split('#')[0];
    }
    // The same lines in the margin of every printed page (@page in src/styles/global.css), as a CSS string.
    var running = document.querySelector('.print-running');
    if (running) {
      var lines = [];
      var parts = running.querySelectorAll('p');
      for (var r = 0; r < parts.length; r++) {
        var line = parts[r].textContent.replace(/\s+/g, ' ').trim();
        if (line) lines.push(line);
      }
      if (lines.length) document.documentElement.style.setProperty('--print-running', cssString(lines.join('\n')));
    }
  }
  /** Text as a CSS string: quote and backslash escaped, a line break as \a. */
  function cssString(text) {
    return '"' + text.replace(/["\\]/g, '\\$&').replace(/\n/g, '\\a ') + '"';
  }
  // Printing opens collapsed passages (and closes them again afterwards).
  var opened = [];
  window.addEventListener('beforeprint', function () {
    var closed = document.querySelectorAll('details:not([open])');
    for (var k = 0; k < closed.length; k++) {
      closed[k].open = true;
      opened.push(closed[k]);
    }
  });
  window.addEventListener('afterprint', function () {
    for (var k = 0; k < opened.length; k++) opened[k].open = false;
    opened = [];
  });
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ready);
  else ready();
  // «/» focuses the search field marked for it (src/components/SearchForm.astro), from anywhere but a text field.
  document.addEventListener('keydown', function (event) {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    var target = event.target;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    var input = document.querySelector('[data-search-shortcut]');
    if (!input) return;
    event.preventDefault();
    input.focus();
  });
})();
