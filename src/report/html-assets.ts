/**
 * The static stylesheet and script of the HTML report. Both are constants: no scan data is ever
 * interpolated into them (the rows carry their data in escaped attributes), so the report's
 * Content-Security-Policy can allow exactly these two blocks by hash and nothing else.
 */

export const REPORT_CSS = `
:root { color-scheme: light dark; --bg: #ffffff; --fg: #1d2330; --muted: #5f6b7a; --line: #d9dee5; --card: #f6f8fa;
  --critical: #7b1fa2; --high: #c62828; --medium: #ef6c00; --low: #0277bd; --info: #757575; --pass: #2e7d32; }
@media (prefers-color-scheme: dark) { :root { --bg: #12161c; --fg: #e6e9ee; --muted: #9aa5b1; --line: #2d3540; --card: #1a2029; } }
* { box-sizing: border-box; }
body { margin: 0; padding: 24px; background: var(--bg); color: var(--fg); font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 17px; margin: 28px 0 10px; }
.sub { color: var(--muted); margin: 0 0 12px; }
.banner { border: 1px solid var(--high); color: var(--high); padding: 8px 12px; border-radius: 6px; margin: 12px 0; font-weight: 600; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--line); }
th { font-weight: 600; white-space: nowrap; }
.scopes td, .scopes th { border: none; padding: 2px 12px 2px 0; }
.tiles { display: flex; flex-wrap: wrap; gap: 10px; margin: 16px 0; }
.tile { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; min-width: 110px; }
.tile b { display: block; font-size: 22px; }
.tile span { color: var(--muted); font-size: 12px; }
.charts { display: flex; flex-wrap: wrap; gap: 16px; }
figure { margin: 0; background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 12px; max-width: 100%; overflow-x: auto; }
figcaption { font-weight: 600; margin-bottom: 8px; }
.filters { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin: 8px 0; }
.filters input, .filters select { font: inherit; padding: 4px 6px; color: var(--fg); background: var(--bg); border: 1px solid var(--line); border-radius: 4px; }
.filters input { min-width: 260px; }
#filter-count { color: var(--muted); }
th button { font: inherit; font-weight: 600; color: inherit; background: none; border: none; padding: 0; cursor: pointer; }
th[aria-sort="ascending"] button::after { content: " \\25B2"; }
th[aria-sort="descending"] button::after { content: " \\25BC"; }
.sev { display: inline-block; min-width: 64px; text-align: center; border-radius: 10px; padding: 1px 8px; color: #fff; font-size: 12px; font-weight: 600; }
.sev-critical { background: var(--critical); } .sev-high { background: var(--high); } .sev-medium { background: var(--medium); }
.sev-low { background: var(--low); } .sev-info { background: var(--info); }
.state-muted { color: var(--muted); } .state-error { color: var(--high); font-weight: 600; }
code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12px; }
pre { white-space: pre-wrap; word-break: break-word; background: var(--bg); border: 1px solid var(--line); border-radius: 4px; padding: 6px; margin: 6px 0; }
details summary { cursor: pointer; }
.res { word-break: break-word; overflow-wrap: anywhere; min-width: 220px; }
.nowrap { white-space: nowrap; }
footer { margin-top: 32px; color: var(--muted); font-size: 12px; }
`;

export const REPORT_JS = `
(function () {
  'use strict';
  var table = document.getElementById('findings-table');
  if (!table) return;
  var tbody = table.tBodies[0];
  var rows = Array.prototype.slice.call(tbody.rows);
  var text = document.getElementById('filter-text');
  var selects = Array.prototype.slice.call(document.querySelectorAll('select[data-filter]'));
  var count = document.getElementById('filter-count');
  function apply() {
    var q = text.value.trim().toLowerCase();
    var shown = 0;
    rows.forEach(function (row) {
      var ok = selects.every(function (s) { return !s.value || row.getAttribute('data-' + s.getAttribute('data-filter')) === s.value; });
      if (ok && q) ok = row.textContent.toLowerCase().indexOf(q) !== -1;
      row.hidden = !ok;
      if (ok) shown++;
    });
    count.textContent = shown + ' of ' + rows.length + ' findings shown';
  }
  var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
  function sortBy(th) {
    var index = headers.indexOf(th);
    var numeric = th.getAttribute('data-type') === 'number';
    var dir = th.getAttribute('aria-sort') === 'descending' ? 1 : -1;
    if (!th.getAttribute('aria-sort')) dir = numeric ? -1 : 1;
    headers.forEach(function (h) { h.removeAttribute('aria-sort'); });
    th.setAttribute('aria-sort', dir === 1 ? 'ascending' : 'descending');
    function key(row) {
      var cell = row.cells[index];
      var v = cell.getAttribute('data-value');
      if (v === null) v = cell.textContent;
      return numeric ? Number(v) : v.toLowerCase();
    }
    var order = rows.map(function (row, i) { return { row: row, key: key(row), i: i }; });
    order.sort(function (a, b) {
      if (a.key < b.key) return -dir;
      if (a.key > b.key) return dir;
      return a.i - b.i;
    });
    rows = order.map(function (o) { return o.row; });
    rows.forEach(function (row) { tbody.appendChild(row); });
  }
  headers.forEach(function (th) {
    var button = th.querySelector('button');
    if (button) button.addEventListener('click', function () { sortBy(th); });
  });
  text.addEventListener('input', apply);
  selects.forEach(function (s) { s.addEventListener('change', apply); });
  apply();
})();
`;
