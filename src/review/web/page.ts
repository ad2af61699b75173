/**
 * The review page: one HTML document with its style and script inline (nothing from outside; the CSP allows
 * only this page's nonce). Data is put into the page with textContent, never as HTML. The keys are the
 * terminal's (review/keys.ts).
 */
import { EMPTY_KEYS, ENTRY_KEYS, PAIR_KEYS, STALE_KEYS } from '../keys.js';
import { NEW_RECORD_FIELDS } from '../rules.js';
import { AGE_DOES_NOT_FIT } from '../../match/index.js';

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
/** JSON safe inside a <script> element. */
const scriptJson = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c');

const STYLE = `
@font-face { font-family: 'Dialist Noto Sans SC'; src: url('/font/cjk.otf?token=__TOKEN__') format('opentype'); font-display: swap; }
:root { --ink: #1d2430; --muted: #5d6675; --line: #d9dee6; --bg: #f6f7f9; --card: #fff; --accent: #1f5fbf; --good: #1c7a3e; --bad: #b3261e; --warn: #8a5a00; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: var(--bg); font: 15px/1.45 system-ui, 'Noto Sans', 'Noto Sans CJK SC', 'Source Han Sans SC',
  'PingFang SC', 'Microsoft YaHei', 'Noto Sans Tibetan', 'Noto Sans Arabic', 'Dialist Noto Sans SC', sans-serif; }
header { display: flex; gap: 16px; align-items: center; padding: 10px 18px; background: #16233a; color: #fff; }
header h1 { font-size: 17px; margin: 0; font-weight: 600; }
header .spacer { flex: 1; }
header label, header select { font-size: 13px; }
main { display: grid; grid-template-columns: 270px 1fr; min-height: calc(100vh - 48px); }
nav { border-right: 1px solid var(--line); background: var(--card); overflow-y: auto; max-height: calc(100vh - 48px); }
nav ol { list-style: none; margin: 0; padding: 0; }
nav li { padding: 7px 12px; border-bottom: 1px solid var(--line); cursor: pointer; }
nav li.current { background: #e7eefb; border-left: 4px solid var(--accent); padding-left: 8px; }
nav .n { font-weight: 600; }
nav .f { color: var(--muted); font-size: 12px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
#item { padding: 16px 22px 110px; max-width: 1200px; }
.name { font-size: 26px; margin: 0 0 2px; }
.forms { color: var(--muted); margin-bottom: 8px; }
.forms b { color: var(--ink); font-weight: 500; }
.state { display: inline-block; font-size: 12px; padding: 2px 8px; border-radius: 10px; background: #eef1f5; color: var(--muted); margin-bottom: 6px; }
.state.stale { background: #fff3d6; color: var(--warn); }
.source { font-size: 13px; color: var(--muted); }
blockquote { margin: 8px 0 10px; padding: 8px 12px; background: var(--card); border-left: 4px solid var(--line); }
.facts { margin: 0 0 14px; padding: 0; list-style: none; display: flex; flex-wrap: wrap; gap: 6px; }
.facts li { background: var(--card); border: 1px solid var(--line); border-radius: 6px; padding: 2px 8px; font-size: 13px; }
table.cands { border-collapse: collapse; width: 100%; background: var(--card); }
table.cands th, table.cands td { border: 1px solid var(--line); padding: 5px 8px; text-align: left; vertical-align: top; font-size: 14px; }
table.cands th.label { color: var(--muted); font-weight: 500; width: 110px; background: #fafbfc; }
table.cands thead th { background: #f0f3f8; }
table.cands td.rejected, table.cands th.rejected { opacity: 0.45; text-decoration: line-through; }
.for { color: var(--good); } .against { color: var(--bad); } .change { color: var(--accent); font-weight: 500; }
button { font: inherit; font-size: 13px; padding: 4px 10px; border: 1px solid #b8c2d0; border-radius: 6px; background: #fff; cursor: pointer; }
button.primary { background: var(--accent); color: #fff; border-color: var(--accent); }
kbd { font: 11px ui-monospace, monospace; border: 1px solid #b8c2d0; border-bottom-width: 2px; border-radius: 4px; padding: 0 4px; background: #fafbfc; color: var(--ink); }
.actions { display: flex; flex-wrap: wrap; gap: 8px; margin: 14px 0; }
.note { margin: 6px 0; } .note input { width: 60%; font: inherit; padding: 3px 6px; }
.history { margin-top: 18px; font-size: 13px; color: var(--muted); }
.history li { margin: 2px 0; }
#status { position: fixed; bottom: 0; left: 0; right: 0; padding: 9px 18px; background: #16233a; color: #fff; font-size: 14px; min-height: 38px; }
#status.error { background: var(--bad); }
#keys { position: fixed; bottom: 38px; left: 270px; right: 0; padding: 6px 22px; background: #eef1f5; font-size: 12px; color: var(--muted); border-top: 1px solid var(--line); }
#keys span { margin-right: 12px; white-space: nowrap; }
dialog { border: 1px solid var(--line); border-radius: 10px; padding: 18px; min-width: 480px; max-width: 760px; }
dialog h2 { margin-top: 0; font-size: 18px; }
dialog label { display: grid; grid-template-columns: 120px 1fr; gap: 8px; margin: 4px 0; align-items: center; }
dialog input { font: inherit; padding: 3px 6px; }
dialog ol li { margin: 4px 0; }
.empty { padding: 40px; color: var(--muted); font-size: 18px; }
`;

// Plain ES5-style script (no template literals: this file is itself one).
const SCRIPT = String.raw`
(function () {
  'use strict';
  var CONFIG = JSON.parse(document.getElementById('config').textContent);
  var TOKEN = CONFIG.token;
  var AGE_NOT_FIT = CONFIG.ageNotFit;
  var st = { items: [], index: 0, view: null, order: 'document', unsure: false, stale: false, pending: null };

  function el(tag, props) {
    var node = document.createElement(tag);
    if (props) Object.keys(props).forEach(function (k) {
      if (k === 'text') node.textContent = props[k];
      else if (k === 'class') node.className = props[k];
      else if (k === 'on') Object.keys(props.on).forEach(function (e) { node.addEventListener(e, props.on[e]); });
      else node.setAttribute(k, props[k]);
    });
    for (var i = 2; i < arguments.length; i++) {
      var c = arguments[i];
      if (c === null || c === undefined || c === false) continue;
      (Array.isArray(c) ? c : [c]).forEach(function (x) { if (x !== null && x !== undefined && x !== false) node.appendChild(typeof x === 'string' ? document.createTextNode(x) : x); });
    }
    return node;
  }
  function api(method, path, body) {
    var headers = { 'X-Dialist-Token': TOKEN };
    if (body) headers['Content-Type'] = 'application/json';
    return fetch(path, { method: method, headers: headers, body: body ? JSON.stringify(body) : undefined }).then(function (r) {
      return r.json().then(function (j) { if (!r.ok) throw (j && j.error) || { message: 'HTTP ' + r.status }; return j; });
    });
  }
  function status(text, error) {
    var s = document.getElementById('status');
    s.textContent = text;
    s.className = error ? 'error' : '';
  }
  function query() {
    return '?order=' + st.order + (st.unsure ? '&unsure=1' : '') + (st.stale ? '&stale=1' : '');
  }
  function loadQueue(focus) {
    return api('GET', '/api/queue' + query()).then(function (q) {
      st.items = q.items;
      var at = focus ? st.items.findIndex(function (i) { return i.item === focus; }) : -1;
      if (at >= 0) st.index = at;
      st.index = Math.max(0, Math.min(st.index, st.items.length - 1));
      document.getElementById('count').textContent = st.items.length + ' waiting';
      return showItem();
    });
  }
  function showItem() {
    renderQueue();
    if (!st.items.length) { st.view = null; render(); return Promise.resolve(); }
    return api('GET', '/api/item?item=' + encodeURIComponent(st.items[st.index].item)).then(function (v) { st.view = v; render(); });
  }
  function renderQueue() {
    var ol = document.getElementById('queue');
    ol.replaceChildren.apply(ol, st.items.map(function (it, i) {
      return el('li', { class: i === st.index ? 'current' : '', 'data-item': it.item, on: { click: function () { st.index = i; showItem(); } } },
        el('div', { class: 'n', text: it.name }), el('div', { class: 'f', text: it.item + ' · ' + (it.file || 'duplicate records') + ' · ' + it.state }));
    }));
  }
  function keysFor(v) { return !v ? CONFIG.keys.empty : v.kind === 'duplicate' ? CONFIG.keys.pair : v.stale ? CONFIG.keys.stale : CONFIG.keys.entry; }
  function renderKeys(v) {
    var k = document.getElementById('keys');
    k.replaceChildren.apply(k, keysFor(v).filter(function (x) { return x[0] !== 'q'; }).map(function (x) { return el('span', null, el('kbd', { text: x[0] }), ' ' + x[1]); }));
  }
  var ROWS = [
    ['confidence', function (c) { return [c.confidence.toFixed(2) + (c.rejected ? ' (rejected)' : '')]; }],
    ['characters', function (c) { return c.record ? [[c.record.zh, c.record.zhTraditional].filter(Boolean).join(' ')] : []; }],
    ['pinyin', function (c) { return c.record && c.record.pinyin ? [c.record.pinyin] : []; }],
    ['romanised', function (c) { return c.record && c.record.en ? [c.record.en] : []; }],
    ['aliases', function (c) { return c.record && c.record.aliases.length ? [c.record.aliases.join('; ')] : []; }],
    ['born', function (c) { return c.record ? [[c.record.birth, c.record.gender].filter(Boolean).join(' ')] : []; }],
    ['province', function (c) { return c.record && c.record.province ? [c.record.province] : []; }],
    ['ethnicity', function (c) { return c.record && c.record.ethnicity ? [c.record.ethnicity] : []; }],
    ['place held', function (c) { return c.record && c.record.prison ? [c.record.prison] : []; }],
    ['status', function (c) { return c.record && c.record.status ? [c.record.status] : []; }],
    ['lists', function (c) { return c.record ? c.record.lists.map(function (l) { return '#' + l.id + ' ' + l.title + ' (' + l.date + ')'; }) : []; }],
    ['merged', function (c) { return c.record && c.record.mergedInto ? ['into ' + c.record.mergedInto] : []; }],
    ['for', function (c) { return c.evidence.filter(function (e) { return e.score > 0 || (e.score === 0 && e.feature !== AGE_NOT_FIT); }).map(function (e) { return { text: e.feature + (e.detail ? ': ' + e.detail : ''), cls: 'for' }; }); }],
    ['against', function (c) { return c.evidence.filter(function (e) { return e.score < 0 || e.feature === AGE_NOT_FIT; }).map(function (e) { return { text: e.detail || e.feature, cls: 'against' }; }); }],
    ['namesakes', function (c) { return c.commonness; }],
    ['accepting writes', function (c) {
      if (!c.plan) return [];
      var out = c.plan.changes.map(function (x) { return { text: x.field + ': ' + (x.before || '-') + ' → ' + x.after, cls: 'change' }; });
      out.push(c.plan.events.length + ' event(s) on the timeline');
      out.push({ text: c.plan.reason, cls: 'muted' });
      return out;
    }],
  ];
  function cellLines(lines) {
    return lines.map(function (l) { return typeof l === 'string' ? el('div', { text: l }) : el('div', { class: l.cls, text: l.text }); });
  }
  function candidateTable(v) {
    var cands = v.candidateViews;
    if (!cands.length) return el('p', { text: 'No candidate. Search the records with / or make a new record with c.' });
    var pair = v.kind === 'duplicate';
    var head = el('tr', null, el('th', { class: 'label', text: '' }), cands.map(function (c, i) {
      var buttons = pair ? [] : v.stale ? [el('button', { text: (i + 1) + ' Keep', 'data-accept': c.id, on: { click: function () { decide({ action: 'accept', recordId: c.id }); } } })]
        : [el('button', { class: 'primary', text: (i + 1) + ' Accept', 'data-accept': c.id, on: { click: function () { decide({ action: 'accept', recordId: c.id }); } } }), ' ',
           el('button', { text: 'Reject', 'data-reject': c.id, on: { click: function () { decide({ action: 'reject', recordId: c.id }); } } })];
      if (pair) buttons = [el('button', { text: 'Merge into ' + c.id, 'data-keep': c.id, on: { click: function () { decide({ action: 'same', keep: c.id }); } } })];
      return el('th', { class: c.rejected ? 'rejected' : '' }, el('div', { text: c.id }), buttons);
    }));
    var rows = ROWS.filter(function (r) { return !pair || ['for', 'against', 'accepting writes', 'confidence'].indexOf(r[0]) < 0; })
      .map(function (r) { return { label: r[0], cells: cands.map(r[1]) }; })
      .filter(function (r) { return r.cells.some(function (c) { return c.length && c.join('') !== ''; }); })
      .map(function (r) {
        return el('tr', null, el('th', { class: 'label', text: r.label }), r.cells.map(function (lines, i) {
          return el('td', { class: cands[i].rejected ? 'rejected' : '' }, cellLines(lines));
        }));
      });
    return el('table', { class: 'cands', id: 'candidates' }, el('thead', null, head), el('tbody', null, rows));
  }
  function render() {
    var box = document.getElementById('item');
    var v = st.view;
    renderKeys(v);
    if (!v) { box.replaceChildren(el('div', { class: 'empty', text: 'Nothing waits for review here.' })); return; }
    var d = v.document;
    var place = d ? [d.file, d.page !== undefined && 'page ' + d.page, d.row !== undefined && 'row ' + d.row, d.paragraph !== undefined && 'paragraph ' + d.paragraph,
      d.received && 'received ' + d.received, d.listId !== undefined && 'answers list ' + d.listId].filter(Boolean).join(' · ') : 'probable duplicate records';
    var stateText = v.stale ? 'stale: decision ' + v.stale.decision + ' (' + v.stale.recordId + ') rests on a record that changed: ' + v.stale.changed.join(', ')
      : v.state + (v.reason ? ': ' + v.reason : '');
    var forms = v.forms.filter(function (f) { return f.label !== 'as written'; });
    var actions = v.kind === 'duplicate'
      ? [button('m', 'Same person (merge)', function () { decide({ action: 'same', keep: v.candidates[0].id }); }), button('n', 'Not the same', function () { decide({ action: 'not-same' }); }),
         button('?', 'Unsure', function () { decide({ action: 'unsure' }); }), button('s', 'Skip', skip)]
      : v.stale ? [button('d', 'Undo this decision', function () { undo(v.stale.decision, v.seen); }), button('s', 'Skip', skip)]
      : [button('n', 'None of these', function () { decide({ action: 'none' }); }), button('c', 'New record…', openNewRecord),
         button('p', 'Not a person', function () { decide({ action: 'not-person' }); }), button('?', 'Unsure', function () { decide({ action: 'unsure' }); }),
         button('/', 'Search…', openSearch), button('s', 'Skip', skip), button('A', 'Accept all…', openBatch)];
    actions.push(button('u', 'Undo my last', function () { undo(); }));
    box.replaceChildren(
      el('div', { class: 'state' + (v.stale ? ' stale' : ''), id: 'state', text: v.item + ' · ' + stateText }),
      el('h2', { class: 'name', id: 'name', text: v.kind === 'duplicate' ? v.name : v.forms[0].value }),
      el('div', { class: 'forms' }, forms.map(function (f, i) { return el('span', null, i ? ' · ' : '', f.label + ' ', el('b', { text: f.value })); })),
      el('div', { class: 'source', text: place }),
      el('blockquote', { text: v.text }),
      v.factLines.length ? el('ul', { class: 'facts' }, v.factLines.map(function (f) { return el('li', { text: f }); })) : null,
      candidateTable(v),
      el('div', { class: 'actions' }, actions),
      el('div', { class: 'note' }, el('label', null, el('kbd', { text: 't' }), ' note for the next decision: ', el('input', { id: 'note', type: 'text', placeholder: 'optional: why' }))),
      el('div', { class: 'history' }, el('div', { text: 'Decisions on this item' }), el('ol', null, v.history.map(function (h) {
        return el('li', { text: h.summary + (h.note ? ': “' + h.note + '”' : '') });
      })))
    );
  }
  function button(key, label, fn) { return el('button', { 'data-key': key, on: { click: fn } }, el('kbd', { text: key }), ' ' + label); }
  function takeNote() { var n = document.getElementById('note'); var v = n ? n.value.trim() : ''; if (n) n.value = ''; return v || undefined; }
  function decide(request) {
    var v = st.view;
    if (!v) return;
    return api('POST', '/api/decide', { item: v.item, seen: v.seen, note: takeNote(), request: request })
      .then(function (o) { status('Decision ' + o.decision + ': ' + o.message); return afterDecision(v.item); })
      .catch(function (e) { status('Refused: ' + e.message, true); return loadQueue(v.item); });
  }
  function undo(decision, seen) {
    return api('POST', '/api/undo', { decision: decision, seen: seen })
      .then(function (o) { status(o.message); return loadQueue(o.items[0]); })
      .catch(function (e) { status('Refused: ' + e.message, true); return loadQueue(st.view && st.view.item); });
  }
  function stillWaiting(v) {
    return st.stale ? Boolean(v.stale) : st.unsure ? v.state === 'unsure' : ['review', 'none', 'rejected'].indexOf(v.state) >= 0;
  }
  // After one decision only that item is read again (g, undo and batches read the whole queue again).
  function afterDecision(item) {
    return api('GET', '/api/item?item=' + encodeURIComponent(item)).then(function (v) {
      var at = st.items.findIndex(function (i) { return i.item === item; });
      if (stillWaiting(v)) { st.view = v; if (at >= 0) st.items[at].state = v.state; renderQueue(); render(); return; }
      if (at >= 0) st.items.splice(at, 1);
      st.index = Math.max(0, Math.min(at >= 0 ? at : st.index, st.items.length - 1));
      document.getElementById('count').textContent = st.items.length + ' waiting';
      return showItem();
    });
  }
  function skip() { if (st.index < st.items.length - 1) { st.index++; showItem(); } }
  function back() { if (st.index > 0) { st.index--; showItem(); } }

  // Search
  function openSearch() {
    var dlg = document.getElementById('search');
    document.getElementById('search-q').value = '';
    document.getElementById('search-results').replaceChildren();
    dlg.showModal();
    document.getElementById('search-q').focus();
  }
  function runSearch() {
    var q = document.getElementById('search-q').value;
    return api('GET', '/api/search?q=' + encodeURIComponent(q)).then(function (r) {
      var ol = document.getElementById('search-results');
      st.hits = r.hits;
      ol.replaceChildren.apply(ol, r.hits.length ? r.hits.map(function (h, i) {
        var rec = h.record;
        return el('li', null, el('button', { 'data-hit': h.id, on: { click: function () { pickHit(i); } } }, el('kbd', { text: String(i + 1) }), ' Accept ' + h.id), ' ',
          [rec.zh, rec.pinyin || rec.en, rec.birth, rec.province, rec.status].filter(Boolean).join(' · ') + '  (' + h.via + ')');
      }) : [el('li', { text: 'Nothing found.' })]);
    });
  }
  function pickHit(i) {
    var h = st.hits && st.hits[i];
    if (!h) return;
    document.getElementById('search').close();
    decide({ action: 'accept', recordId: h.id, via: 'search' });
  }

  // New record
  function openNewRecord() {
    var v = st.view;
    var form = document.getElementById('newrecord-fields');
    form.replaceChildren.apply(form, CONFIG.fields.map(function (f) {
      return el('label', null, f, el('input', { name: f, id: 'f-' + f, value: (v.prefill && v.prefill[f]) || '' }));
    }));
    document.getElementById('newrecord').showModal();
    document.getElementById('f-' + CONFIG.fields[1]).focus();
  }
  function saveNewRecord() {
    var fields = {};
    CONFIG.fields.forEach(function (f) { var x = document.getElementById('f-' + f).value.trim(); if (x) fields[f] = x; });
    document.getElementById('newrecord').close();
    decide({ action: 'new-record', fields: fields });
  }

  // Batch accept: the count first, then an explicit confirmation.
  function openBatch() {
    return api('GET', '/api/batch' + query() + '&min=0.5').then(function (r) {
      st.batch = r.choices;
      document.getElementById('batch-count').textContent = 'Accept the best candidate for these ' + r.choices.length + ' items, as one batch (undone as one)?';
      var ol = document.getElementById('batch-list');
      ol.replaceChildren.apply(ol, r.choices.map(function (c) { return el('li', { text: c.item + ' ' + c.name + ' → ' + c.recordId + ' (' + c.confidence.toFixed(2) + ')' }); }));
      document.getElementById('batch').showModal();
    });
  }
  function confirmBatch() {
    document.getElementById('batch').close();
    return api('POST', '/api/batch', { choices: st.batch, note: takeNote() })
      .then(function (r) { status('Accepted ' + r.outcomes.length + ' items as batch ' + (r.outcomes[0] && r.outcomes[0].batch) + ' (u undoes the whole batch)'); return loadQueue(); })
      .catch(function (e) { status('Refused: ' + e.message, true); return loadQueue(); });
  }

  document.getElementById('search-go').addEventListener('click', runSearch);
  document.getElementById('search-q').addEventListener('keydown', function (e) { if (e.key === 'Enter') { e.preventDefault(); runSearch(); } });
  document.getElementById('newrecord-save').addEventListener('click', saveNewRecord);
  document.getElementById('newrecord-cancel').addEventListener('click', function () { document.getElementById('newrecord').close(); });
  document.getElementById('batch-yes').addEventListener('click', confirmBatch);
  document.getElementById('batch-no').addEventListener('click', function () { document.getElementById('batch').close(); status('Batch cancelled: nothing written'); });
  document.getElementById('order').addEventListener('change', function (e) { st.order = e.target.value; loadQueue(); });
  document.getElementById('unsure').addEventListener('change', function (e) { st.unsure = e.target.checked; loadQueue(); });
  document.getElementById('stale').addEventListener('change', function (e) { st.stale = e.target.checked; loadQueue(); });

  document.addEventListener('keydown', function (e) {
    var open = document.querySelector('dialog[open]');
    if (open) {
      if (open.id === 'search' && /^[1-8]$/.test(e.key) && document.activeElement !== document.getElementById('search-q')) { e.preventDefault(); pickHit(Number(e.key) - 1); }
      if (open.id === 'batch' && e.key === 'y') { e.preventDefault(); confirmBatch(); }
      if (open.id === 'newrecord' && e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); saveNewRecord(); }
      return;
    }
    var t = e.target;
    if (t && (t.tagName === 'INPUT' || t.tagName === 'SELECT' || t.tagName === 'TEXTAREA')) { if (e.key === 'Escape') t.blur(); return; }
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    var v = st.view;
    var k = e.key;
    var pendingKey = st.pending;
    st.pending = null;
    if (k === 'u') return void (e.preventDefault(), undo());
    if (k === 'g') return void loadQueue(v && v.item);
    if (k === 's' || k === 'ArrowRight' || k === ' ') return void (e.preventDefault(), skip());
    if (k === 'ArrowLeft') return void back();
    if (!v) return;
    var n = /^[1-5]$/.test(k) ? Number(k) : 0;
    var cand = n && v.candidates[n - 1] ? v.candidates[n - 1].id : null;
    if (pendingKey === 'r') { if (cand) decide({ action: 'reject', recordId: cand }); else status('Reject cancelled'); return; }
    if (pendingKey === 'm') { if (cand && n <= 2) decide({ action: 'same', keep: cand }); else status('Merge cancelled'); return; }
    if (cand && v.kind === 'entry') return void decide({ action: 'accept', recordId: cand });
    if (k === '?') return void decide({ action: 'unsure' });
    if (v.stale && k === 'd') return void undo(v.stale.decision, v.seen);
    if (v.kind === 'duplicate') {
      if (k === 'm') { st.pending = 'm'; status('Same person: which ID stays? 1 ' + v.candidates[0].id + ' or 2 ' + v.candidates[1].id); }
      else if (k === 'n') decide({ action: 'not-same' });
      return;
    }
    if (k === 'r') { st.pending = 'r'; status('Reject which candidate? 1-5'); }
    else if (k === 'n') decide({ action: 'none' });
    else if (k === 'p') decide({ action: 'not-person' });
    else if (k === 'c') { e.preventDefault(); openNewRecord(); }
    else if (k === '/') { e.preventDefault(); openSearch(); }
    else if (k === 'A') openBatch();
    else if (k === 't') { e.preventDefault(); document.getElementById('note').focus(); }
  });

  loadQueue().then(function () { status('Ready. Reviewer: ' + CONFIG.reviewer + '. Keys are shown at the bottom.'); }, function (e) { status('Could not load the queue: ' + e.message, true); });
})();
`;

/** The whole page for one run: its token and this response's CSP nonce are written in. */
export function reviewPage({ token, nonce, reviewer, hasFont }: { token: string; nonce: string; reviewer: string; hasFont: boolean }): string {
  const config = {
    token, reviewer, fields: NEW_RECORD_FIELDS, ageNotFit: AGE_DOES_NOT_FIT,
    keys: { entry: ENTRY_KEYS, pair: PAIR_KEYS, stale: STALE_KEYS, empty: EMPTY_KEYS },
  };
  const style = (hasFont ? STYLE : STYLE.replace(/@font-face[^\n]*\n/, '')).replace('__TOKEN__', encodeURIComponent(token));
  const n = escapeAttr(nonce);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>dialist review</title>
<link rel="icon" href="data:,">
<style nonce="${n}">${style}</style>
</head>
<body>
<header>
  <h1>dialist review</h1>
  <span id="count"></span>
  <span class="spacer"></span>
  <label>order <select id="order"><option value="document">document</option><option value="margin">clearest first</option><option value="impact">most news first</option></select></label>
  <label><input type="checkbox" id="unsure"> unsure</label>
  <label><input type="checkbox" id="stale"> stale</label>
  <span>reviewer: ${escapeAttr(reviewer)}</span>
</header>
<main>
  <nav><ol id="queue"></ol></nav>
  <section id="item"></section>
</main>
<div id="keys"></div>
<div id="status" role="status"></div>
<dialog id="search">
  <h2>Search the records by any spelling</h2>
  <p><input id="search-q" type="text" size="36" placeholder="王军, Wang Jun, Wong Kwan, an ID…"> <button id="search-go">Search</button></p>
  <ol id="search-results"></ol>
  <p><small>Enter searches; Tab then 1-8 accepts a result; Esc closes.</small></p>
</dialog>
<dialog id="newrecord">
  <h2>A new record from this entry</h2>
  <div id="newrecord-fields"></div>
  <p><button id="newrecord-save" class="primary">Create record (Ctrl-Enter)</button> <button id="newrecord-cancel">Cancel (Esc)</button></p>
</dialog>
<dialog id="batch">
  <h2 id="batch-count"></h2>
  <ol id="batch-list"></ol>
  <p><button id="batch-yes" class="primary">y Accept them all</button> <button id="batch-no">Cancel</button></p>
</dialog>
<script id="config" type="application/json" nonce="${n}">${scriptJson(config)}</script>
<script nonce="${n}">${SCRIPT}</script>
</body>
</html>
`;
}
