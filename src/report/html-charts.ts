/**
 * Small SVG charts for the HTML report, drawn on the server side: no script, no library, no network.
 * Every label goes through escapeHtml; numbers are formatted here.
 */
import { escapeHtml } from '../core/sanitize.js';

export interface Bar {
  readonly label: string;
  readonly value: number;
  readonly color: string;
  /** Text after the bar; defaults to the value. */
  readonly text?: string;
}

const FONT = 'font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif" font-size="12"';

/** Horizontal bars, one per item, scaled to `max` (default: the largest value). */
export function barChart(id: string, title: string, bars: readonly Bar[], options: { max?: number; width?: number } = {}): string {
  const width = options.width ?? 460;
  const labelWidth = 150;
  const row = 26;
  const height = Math.max(1, bars.length) * row + 10;
  const max = options.max ?? Math.max(1, ...bars.map((b) => b.value));
  const plot = width - labelWidth - 60;
  const items = bars.map((b, i) => {
    const y = 5 + i * row;
    const w = max > 0 ? Math.round((Math.max(0, b.value) / max) * plot) : 0;
    const text = b.text ?? String(b.value);
    return (
      `<g data-label="${escapeHtml(b.label)}">` +
      `<title>${escapeHtml(`${b.label}: ${text}`)}</title>` +
      `<text x="${labelWidth - 8}" y="${y + 16}" text-anchor="end" ${FONT} fill="currentColor">${escapeHtml(truncate(b.label, 22))}</text>` +
      `<rect x="${labelWidth}" y="${y + 3}" width="${Math.max(w, b.value > 0 ? 2 : 0)}" height="${row - 8}" rx="3" fill="${escapeHtml(b.color)}"/>` +
      `<text x="${labelWidth + w + 6}" y="${y + 16}" ${FONT} fill="currentColor">${escapeHtml(text)}</text>` +
      `</g>`
    );
  });
  const empty = bars.length === 0 ? `<text x="10" y="20" ${FONT} fill="currentColor">Nothing to show.</text>` : '';
  return svg(id, title, width, height, items.join('') + empty);
}

export interface Series {
  readonly label: string;
  readonly color: string;
  readonly values: readonly number[];
}

/** A line chart over scans (oldest left), one line per series, with the first and last dates on the axis. */
export function lineChart(id: string, title: string, xLabels: readonly string[], series: readonly Series[], options: { width?: number } = {}): string {
  const width = options.width ?? 460;
  const height = 220;
  const left = 40;
  const right = 20;
  const top = 10;
  const bottom = 50;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const n = xLabels.length;
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const x = (i: number): number => left + (n <= 1 ? plotW / 2 : (i / (n - 1)) * plotW);
  const y = (v: number): number => top + plotH - (v / max) * plotH;
  const parts: string[] = [
    `<line x1="${left}" y1="${top + plotH}" x2="${left + plotW}" y2="${top + plotH}" stroke="currentColor" stroke-opacity="0.4"/>`,
    `<line x1="${left}" y1="${top}" x2="${left}" y2="${top + plotH}" stroke="currentColor" stroke-opacity="0.4"/>`,
    `<text x="${left - 6}" y="${top + 10}" text-anchor="end" ${FONT} fill="currentColor">${max}</text>`,
    `<text x="${left - 6}" y="${top + plotH}" text-anchor="end" ${FONT} fill="currentColor">0</text>`,
  ];
  if (n > 0) {
    parts.push(`<text x="${left}" y="${height - 30}" ${FONT} fill="currentColor">${escapeHtml(xLabels[0] ?? '')}</text>`);
    if (n > 1)
      parts.push(`<text x="${left + plotW}" y="${height - 30}" text-anchor="end" ${FONT} fill="currentColor">${escapeHtml(xLabels[n - 1] ?? '')}</text>`);
  }
  series.forEach((s, si) => {
    const points = s.values.map((v, i) => `${round(x(i))},${round(y(v))}`).join(' ');
    parts.push(`<polyline points="${points}" fill="none" stroke="${escapeHtml(s.color)}" stroke-width="2" data-series="${escapeHtml(s.label)}"/>`);
    s.values.forEach((v, i) => {
      parts.push(
        `<circle cx="${round(x(i))}" cy="${round(y(v))}" r="3" fill="${escapeHtml(s.color)}"><title>${escapeHtml(`${xLabels[i] ?? ''} ${s.label}: ${v}`)}</title></circle>`,
      );
    });
    const lx = left + si * 90;
    parts.push(`<rect x="${lx}" y="${height - 16}" width="10" height="10" fill="${escapeHtml(s.color)}"/>`);
    parts.push(`<text x="${lx + 14}" y="${height - 7}" ${FONT} fill="currentColor">${escapeHtml(s.label)}</text>`);
  });
  return svg(id, title, width, height, parts.join(''));
}

function svg(id: string, title: string, width: number, height: number, body: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" data-chart="${escapeHtml(id)}" role="img" aria-label="${escapeHtml(title)}" ` +
    `viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"><title>${escapeHtml(title)}</title>${body}</svg>`
  );
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
