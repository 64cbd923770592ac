/*
 * Safer Partnerships: the page fits a phone.
 *
 * 1. The header's navigation folds behind a "Menu" button on narrow screens (the button says
 *    whether it is open; without scripts the navigation is simply shown in full).
 * 3. PrimeFaces' file upload button is a span that names itself with aria-labelledby, which ARIA
 *    allows only on an element with a role: it is given the role of a group (it holds the file
 *    input), again whenever PrimeFaces redraws it.
 * 2. Every table sits in its own scrolling region, so that a wide table scrolls inside the page
 *    instead of making the whole page scroll sideways. The region can take the keyboard's focus
 *    (so it can be scrolled without a mouse) and is named after its table's caption.
 */
(function () {
  'use strict';

  function menu() {
    var header = document.querySelector('.sp-header');
    var button = document.getElementById('menuButton');
    var nav = document.getElementById('navigation');
    if (!header || !button || !nav) {
      return;
    }
    header.classList.add('sp-header--js');
    button.hidden = false;
    button.addEventListener('click', function () {
      var open = header.classList.toggle('sp-header--open');
      button.setAttribute('aria-expanded', open ? 'true' : 'false');
    });
  }

  function nameOf(table, index) {
    var caption = table.querySelector('caption');
    if (caption && caption.textContent.trim()) {
      return caption.textContent.trim();
    }
    var label = document.body.getAttribute('data-sp-table') || 'Table';
    return label + ' ' + (index + 1);
  }

  function scrollingTables() {
    var tables = document.querySelectorAll('main table');
    Array.prototype.forEach.call(tables, function (table, index) {
      var parent = table.parentElement;
      // PrimeFaces' tables scroll in their own wrapper, which paging redraws
      if (!parent || parent.classList.contains('sp-table-scroll') || table.closest('.ui-datatable')) {
        return;
      }
      var region = document.createElement('div');
      region.className = 'sp-table-scroll';
      region.setAttribute('role', 'region');
      region.setAttribute('tabindex', '0');
      region.setAttribute('aria-label', nameOf(table, index));
      parent.insertBefore(region, table);
      region.appendChild(table);
    });
  }

  function labelledSpans() {
    var spans = document.querySelectorAll('.ui-fileupload span[aria-labelledby]:not([role])');
    Array.prototype.forEach.call(spans, function (span) {
      span.setAttribute('role', 'group');
    });
  }

  function start() {
    menu();
    scrollingTables();
    labelledSpans();
    if (window.MutationObserver) {
      // what PrimeFaces redraws by Ajax (an import's problems, its vintages) is treated alike
      new MutationObserver(function () {
        scrollingTables();
        labelledSpans();
      }).observe(document.body, { childList: true, subtree: true });
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
