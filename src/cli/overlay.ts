import { join, parse } from 'node:path';
import sharp from 'sharp';
import type { Point, Region, RuleResult, Status, Verdict } from '../verdict.js';
import { escapeXml } from './xml.js';

const STATUS_COLOUR: Readonly<Record<Exclude<Status, 'pass'>, string>> = {
  fail: '#e53935',
  review: '#d81b60',
  error: '#8e24aa',
  warn: '#fb8c00',
  skipped: '#9e9e9e',
};

/**
 * Guides of the CHSI 2017 frame (480×640): head top 50–110 px and eye line 200–300 px below the
 * top edge, face 180–300 px wide about the centre line. Drawn only on photos of exactly that size.
 */
const FRAME = { width: 480, height: 640 } as const;
const BANDS = [
  { label: 'head top 50–110 px', top: 50, bottom: 110 },
  { label: 'eye line 200–300 px', top: 200, bottom: 300 },
] as const;
const VERTICALS = [
  { label: 'centre', x: 240 },
  { label: 'face ≥ 180', x: 150 },
  { label: '', x: 330 },
  { label: 'face ≤ 300', x: 90 },
  { label: '', x: 390 },
] as const;
const GUIDE_COLOUR = '#00bcd4';

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

/** An SVG of the photo's size with the regions of every non-pass result, labelled and coloured by status. */
export function overlaySvg(results: readonly RuleResult[], width: number, height: number): string {
  const scale = Math.max(1, Math.min(width, height) / 480);
  const style = { stroke: 2 * scale, font: 13 * scale };
  const guides = width === FRAME.width && height === FRAME.height ? frameGuides(style.font) : [];
  const drawn = results.flatMap(({ status, rule, regions }) =>
    status === 'pass' ? [] : regions.map((region) => drawRegion(region, `${rule}: ${region.label}`, STATUS_COLOUR[status], style)),
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<style>text { font-family: 'DejaVu Sans', sans-serif; font-size: ${style.font}px; paint-order: stroke; stroke: #000; stroke-width: ${style.font / 6}px; }</style>`,
    ...guides,
    ...drawn,
    '</svg>',
  ].join('\n');
}

function drawRegion(region: Region, label: string, colour: string, style: { stroke: number; font: number }): string {
  const outline = `fill="none" stroke="${colour}" stroke-width="${style.stroke}"`;
  const captionAt = (point: Point | undefined): string => (point ? text(label, point[0], point[1] - style.font / 3, colour, style.font) : '');
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

function frameGuides(font: number): string[] {
  const small = font * 0.8;
  const label = (content: string, x: number, y: number): string =>
    `<text x="${x}" y="${y}" fill="${GUIDE_COLOUR}" style="font-size: ${small}px">${escapeXml(content)}</text>`;
  const bands = BANDS.map(
    ({ label: content, top, bottom }) =>
      `<rect x="0" y="${top}" width="${FRAME.width}" height="${bottom - top}" fill="${GUIDE_COLOUR}" fill-opacity="0.08" stroke="${GUIDE_COLOUR}" stroke-dasharray="6 4"/>` +
      label(content, 4, top + small + 2),
  );
  // Labels step up line by line so that neighbouring ones do not overlap.
  const verticals = VERTICALS.map(
    ({ label: content, x }, index) =>
      `<line x1="${x}" y1="0" x2="${x}" y2="${FRAME.height}" stroke="${GUIDE_COLOUR}" stroke-opacity="0.6" stroke-dasharray="4 6"/>` +
      (content ? label(content, x + 3, FRAME.height - 6 - index * small * 1.3) : ''),
  );
  return [...bands, ...verticals];
}
