/*
 * Safer Partnerships: forms that do not lose what people type.
 *
 * Pages with several forms (a submission's version, its documents and its review; the six forms of
 * a case) send one form at a time, and the page that comes back is drawn from what was saved. So:
 *
 * 1. Sending one form keeps what was typed, and not yet saved, in the page's other forms: the
 *    changed fields are held in this tab's sessionStorage for two minutes, put back into the page
 *    that comes back (the same page, the same record), and removed at once. The form they were
 *    put back into says they are not saved yet. Passwords and files are never held.
 * 2. Leaving a page whose forms hold unsaved changes asks first (the browser's own question).
 * 3. A button with data-sp-confirm="…" (an irreversible step: submit, sign off, withdraw, close)
 *    asks that question first and does nothing unless it is confirmed.
 * 4. A page that comes back with an error summary moves the focus to it, so that it is read out
 *    first and shown at the top, not 2,500 px away.
 *
 * Filter and search forms (class sp-filters, role=search, method=get) and anything inside an
 * element marked data-sp-no-keep are neither held nor warned about. No inline handlers: the
 * Content-Security-Policy refuses them.
 */
(function () {
  'use strict';

  var KEY = 'sp-kept-fields';
  var LIFETIME_MS = 120000;
  var SKIPPED_TYPES = ['hidden', 'file', 'submit', 'button', 'reset', 'image', 'password'];
  var initial = new Map();
  var leavingOnPurpose = false;

  function watched(form) {
    return (form.getAttribute('method') || 'get').toLowerCase() === 'post'
      && !form.classList.contains('sp-filters')
      && form.getAttribute('role') !== 'search'
      && !form.hasAttribute('data-sp-no-keep');
  }

  function fields(form) {
    return Array.prototype.filter.call(form.elements, function (field) {
      var type = (field.type || '').toLowerCase();
      return field.name
        && !field.disabled
        && SKIPPED_TYPES.indexOf(type) < 0
        && !field.closest('[data-sp-no-keep], .ui-paginator');
    });
  }

  function watchedForms() {
    return Array.prototype.filter.call(document.forms, watched);
  }

  function valueOf(field) {
    if (field.type === 'checkbox' || field.type === 'radio') {
      return field.checked ? 'on' : 'off';
    }
    if (field.tagName === 'SELECT' && field.multiple) {
      return Array.prototype.filter.call(field.options, function (o) { return o.selected; })
        .map(function (o) { return o.value; }).join('\u0000');
    }
    return field.value;
  }

  function setValue(field, value) {
    if (field.type === 'checkbox' || field.type === 'radio') {
      field.checked = value === 'on';
    } else if (field.tagName === 'SELECT' && field.multiple) {
      var chosen = value.split('\u0000');
      Array.prototype.forEach.call(field.options, function (o) {
        o.selected = chosen.indexOf(o.value) >= 0;
      });
    } else {
      field.value = value;
    }
  }

  function keyOf(field) {
    // radios share a name; each is told apart by its value
    return field.type === 'radio' ? field.name + '=' + field.value : field.id || field.name;
  }

  function changedFields(form) {
    return fields(form).filter(function (field) {
      return initial.has(field) && initial.get(field) !== valueOf(field);
    });
  }

  function recordId() {
    return new URLSearchParams(window.location.search).get('id');
  }

  /** Holds the unsaved changes of every form but the one being sent. */
  function keepOthers(sent) {
    var kept = [];
    watchedForms().forEach(function (form) {
      if (form === sent) {
        return;
      }
      changedFields(form).forEach(function (field) {
        kept.push({ form: form.id, field: keyOf(field), value: valueOf(field) });
      });
    });
    if (kept.length === 0) {
      window.sessionStorage.removeItem(KEY);
      return;
    }
    window.sessionStorage.setItem(KEY, JSON.stringify({
      path: window.location.pathname, id: recordId(), at: Date.now(), fields: kept
    }));
  }

  /** Puts back what was held for this page, once, and says so above each form it went into. */
  function restore() {
    var text = window.sessionStorage.getItem(KEY);
    window.sessionStorage.removeItem(KEY);
    if (!text) {
      return;
    }
    var held;
    try {
      held = JSON.parse(text);
    } catch (unreadable) {
      return;
    }
    var id = recordId();
    if (held.path !== window.location.pathname || Date.now() - held.at > LIFETIME_MS
        || (id && held.id && id !== held.id)) {
      return;
    }
    var restoredForms = [];
    held.fields.forEach(function (kept) {
      var form = document.getElementById(kept.form);
      if (!form || !watched(form)) {
        return;
      }
      fields(form).forEach(function (field) {
        if (keyOf(field) === kept.field) {
          setValue(field, kept.value);
          if (restoredForms.indexOf(form) < 0) {
            restoredForms.push(form);
          }
        }
      });
    });
    var notice = document.body.getAttribute('data-sp-kept');
    restoredForms.forEach(function (form) {
      var p = document.createElement('p');
      p.className = 'sp-kept';
      p.setAttribute('role', 'status');
      p.textContent = notice;
      form.insertBefore(p, form.firstChild);
    });
  }

  function remember() {
    watchedForms().forEach(function (form) {
      fields(form).forEach(function (field) {
        initial.set(field, valueOf(field));
      });
    });
  }

  function confirmFirst(event) {
    var button = event.target.closest ? event.target.closest('[data-sp-confirm]') : null;
    var question = button ? button.getAttribute('data-sp-confirm') : '';
    if (question && !window.confirm(question)) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }

  function sending(event) {
    var form = event.target;
    if (event.defaultPrevented || !(form instanceof HTMLFormElement)) {
      return;
    }
    leavingOnPurpose = true;
    // a form that answers with a download leaves the page where it is
    window.setTimeout(function () { leavingOnPurpose = false; }, 1500);
    if (watched(form)) {
      keepOthers(form);
    }
  }

  function clickedCommand(event) {
    // PrimeFaces' command links send their form by script, with no submit event
    var link = event.target.closest ? event.target.closest('a.ui-commandlink') : null;
    if (link) {
      leavingOnPurpose = true;
      window.setTimeout(function () { leavingOnPurpose = false; }, 1500);
    }
  }

  function leaving(event) {
    if (leavingOnPurpose) {
      return undefined;
    }
    // a form sent and refused comes back with what was sent, still not saved
    var unsaved = watchedForms().some(function (form) {
      return changedFields(form).length > 0
        || form.querySelector('[aria-invalid="true"], .sp-error-summary') !== null;
    });
    if (!unsaved) {
      return undefined;
    }
    event.preventDefault();
    event.returnValue = '';
    return '';
  }

  function focusErrors() {
    var summary = document.querySelector('.sp-error-summary');
    if (summary) {
      summary.focus();
    }
  }

  /** A link of the error summary moves the focus into its field, with the field's label in view. */
  function toField(event) {
    var link = event.target.closest ? event.target.closest('.sp-error-summary a[href^="#"]') : null;
    if (!link) {
      return;
    }
    var field = document.getElementById(decodeURIComponent(link.getAttribute('href').substring(1)));
    if (!field) {
      return;
    }
    event.preventDefault();
    var group = field.closest('.sp-field, fieldset') || field;
    group.scrollIntoView();
    field.focus({ preventScroll: true });
  }

  function start() {
    remember();
    restore();
    focusErrors();
    document.addEventListener('click', confirmFirst, true);
    document.addEventListener('click', clickedCommand, false);
    document.addEventListener('click', toField, false);
    document.addEventListener('submit', sending, false);
    window.addEventListener('beforeunload', leaving);
    // a form sent by PrimeFaces' Ajax is saved without leaving the page: what it now holds is the
    // new starting point
    if (window.jQuery) {
      window.jQuery(document).on('pfAjaxComplete', remember);
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
