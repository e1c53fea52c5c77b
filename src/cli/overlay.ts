import { join, parse } from 'node:path';
import sharp from 'sharp';
import type { Point, Region, RuleResult, Status, Verdict } from '../verdict.js';
import { escapeXml } from './xml.js';

const STATUS_COLOUR: Readonly<Record<Status, string>> = {
  fail: '#e53935',
  review: '#d81b60',
  error: '#8e24aa',
  warn: '#fb8c00',
  skipped: '#9e9e9e',
  pass: '#43a047',
};

/** Writes `<dir>/<name>.overlay.png`: the photo, upright, with each non-pass result's regions drawn. */
export async function writeOverlay(photoPath: string, verdict: Verdict, dir: string): Promise<string> {
  const { autoOrient } = await sharp(photoPath).metadata();
  const svg = overlaySvg(verdict.results, autoOrient.width, autoOrient.height);
  const target = join(dir, `${parse(photoPath).name}.overlay.png`);
  await sharp(photoPath)
    .autoOrient()
    .composite([{ input: Buffer.from(svg), top: 0, left: 0 }])
    .png()
    .toFile(target);
  return target;
}

/**
 * An SVG of the photo's size with every result's regions: what failed, warned or needs review in
 * its status colour with a caption; what passed thin, green and uncaptioned, so the measurements
 * behind the verdict (mesh points, eye line, head top, face width) stay visible.
 */
export function overlaySvg(results: readonly RuleResult[], width: number, height: number): string {
  const scale = Math.max(1, Math.min(width, height) / 480);
  const style = { stroke: 2 * scale, font: 13 * scale };
  const passStyle = { stroke: scale, font: 0 };
  const draw = ({ status, rule, regions }: RuleResult): string[] =>
    regions.map((region) => drawRegion(region, status === 'pass' ? '' : `${rule}: ${region.label}`, STATUS_COLOUR[status], status === 'pass' ? passStyle : style));
  // Passing regions first, so that problems are drawn on top of them.
  const drawn = [...results.filter((r) => r.status === 'pass'), ...results.filter((r) => r.status !== 'pass')].flatMap(draw);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<style>text { font-family: 'DejaVu Sans', sans-serif; font-size: ${style.font}px; paint-order: stroke; stroke: #000; stroke-width: ${style.font / 6}px; }</style>`,
    ...drawn,
    '</svg>',
  ].join('\n');
}

function drawRegion(region: Region, label: string, colour: string, style: { stroke: number; font: number }): string {
  const outline = `fill="none" stroke="${colour}" stroke-width="${style.stroke}"`;
  const captionAt = (point: Point | undefined): string => (point && label ? text(label, point[0], point[1] - style.font / 3, colour, style.font) : '');
  switch (region.kind) {
    case 'box':
      return `<rect x="${region.x}" y="${region.y}" width="${region.width}" height="${region.height}" ${outline}/>${captionAt([region.x, region.y])}`;
    case 'polygon':
      return `<polygon points="${region.points.map(([x, y]) => `${x},${y}`).join(' ')}" ${outline}/>${captionAt(region.points[0])}`;
    case 'line': {
      const [[x1, y1], [x2, y2]] = [region.from, region.to];
      return `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" ${outline}/>${captionAt(region.from)}`;
    }
    case 'points': {
      const dots = region.points.map(([x, y]) => `<circle cx="${x}" cy="${y}" r="${style.stroke * 1.5}" fill="${colour}"/>`);
      return `${dots.join('')}${captionAt(region.points[0])}`;
    }
  }
}

/** Text kept inside the top edge: a label of a region at the very top goes just below it. */
function text(content: string, x: number, y: number, colour: string, font: number): string {
  return `<text x="${x}" y="${Math.max(y, font)}" fill="${colour}">${escapeXml(content)}</text>`;
}
