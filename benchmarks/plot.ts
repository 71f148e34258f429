import { writeFileSync } from 'node:fs';

const COLORS = ['#2563eb', '#9ca3af', '#f59e0b', '#10b981', '#ef4444', '#8b5cf6', '#64748b'];
const escapeXml = (text: string) => text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!);

/** A grouped horizontal bar chart as standalone SVG: one group per category, one bar per series. */
export function barChart(
  title: string,
  categories: readonly string[],
  series: readonly { name: string; values: readonly number[] }[],
  unit = '',
): string {
  const barHeight = 14;
  const groupGap = 14;
  const left = 190;
  const width = 720;
  const plotWidth = width - left - 70;
  const max = Math.max(...series.flatMap((item) => item.values)) || 1;
  const groupHeight = series.length * barHeight + groupGap;
  const top = 40 + 18 * Math.ceil(series.length / 4);
  const height = top + categories.length * groupHeight + 10;
  const parts: string[] = [`<text x="10" y="22" font-size="16" font-weight="600">${escapeXml(title)}</text>`];
  series.forEach((item, s) => {
    const x = 10 + (s % 4) * 170;
    const y = 40 + 18 * Math.floor(s / 4);
    parts.push(
      `<rect x="${x}" y="${y - 10}" width="12" height="12" fill="${COLORS[s % COLORS.length]}"/><text x="${x + 18}" y="${y}" font-size="12">${escapeXml(item.name)}</text>`,
    );
  });
  categories.forEach((category, c) => {
    const y = top + c * groupHeight;
    parts.push(
      `<text x="${left - 8}" y="${y + (series.length * barHeight) / 2 + 4}" font-size="12" text-anchor="end">${escapeXml(category)}</text>`,
    );
    series.forEach((item, s) => {
      const value = item.values[c] ?? 0;
      const barWidth = Math.max(1, (value / max) * plotWidth);
      const barY = y + s * barHeight;
      parts.push(
        `<rect x="${left}" y="${barY}" width="${barWidth.toFixed(1)}" height="${barHeight - 2}" fill="${COLORS[s % COLORS.length]}"/>`,
      );
      parts.push(
        `<text x="${(left + barWidth + 4).toFixed(1)}" y="${barY + barHeight - 4}" font-size="10">${escapeXml(value.toLocaleString('en-US', { maximumFractionDigits: value >= 100 ? 0 : 1 }))}${unit}</text>`,
      );
    });
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif"><rect width="100%" height="100%" fill="#fff"/>${parts.join('')}</svg>\n`;
}

/** Writes a chart next to the guides, where the evaluation guide shows it. */
export function writePlot(name: string, svg: string): void {
  writeFileSync(new URL(`../docs/guides/${name}`, import.meta.url), svg);
}

/** A line chart as standalone SVG: x positions are categories (evenly spaced), one line per series, y from 0 to `yMax`. */
export function lineChart(
  title: string,
  categories: readonly string[],
  series: readonly { name: string; values: readonly number[] }[],
  yMax = 100,
  unit = '',
): string {
  const width = 640;
  const height = 360;
  const left = 60;
  const right = 30;
  const top = 60;
  const bottom = 50;
  const plotWidth = width - left - right;
  const plotHeight = height - top - bottom;
  const x = (index: number) => left + (categories.length === 1 ? plotWidth / 2 : (index / (categories.length - 1)) * plotWidth);
  const y = (value: number) => top + plotHeight - (value / yMax) * plotHeight;
  const parts: string[] = [`<text x="10" y="22" font-size="16" font-weight="600">${escapeXml(title)}</text>`];
  series.forEach((item, s) => {
    const lx = 10 + (s % 3) * 210;
    parts.push(
      `<rect x="${lx}" y="${32}" width="12" height="12" fill="${COLORS[s % COLORS.length]}"/><text x="${lx + 18}" y="${42}" font-size="12">${escapeXml(item.name)}</text>`,
    );
  });
  for (let tick = 0; tick <= yMax; tick += yMax / 5) {
    parts.push(`<line x1="${left}" x2="${width - right}" y1="${y(tick)}" y2="${y(tick)}" stroke="#e5e7eb"/>`);
    parts.push(`<text x="${left - 6}" y="${y(tick) + 4}" font-size="10" text-anchor="end">${tick}${unit}</text>`);
  }
  categories.forEach((category, c) => {
    parts.push(`<text x="${x(c)}" y="${height - bottom + 18}" font-size="11" text-anchor="middle">${escapeXml(category)}</text>`);
  });
  series.forEach((item, s) => {
    const color = COLORS[s % COLORS.length];
    const points = item.values.map((value, c) => `${x(c).toFixed(1)},${y(value).toFixed(1)}`);
    parts.push(`<polyline fill="none" stroke="${color}" stroke-width="2" points="${points.join(' ')}"/>`);
    item.values.forEach((value, c) => {
      parts.push(`<circle cx="${x(c).toFixed(1)}" cy="${y(value).toFixed(1)}" r="3" fill="${color}"/>`);
      parts.push(
        `<text x="${x(c).toFixed(1)}" y="${(y(value) - 7).toFixed(1)}" font-size="10" text-anchor="middle">${value.toFixed(1)}</text>`,
      );
    });
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif"><rect width="100%" height="100%" fill="#fff"/>${parts.join('')}</svg>\n`;
}
