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

/** A photo smaller than the standard frame (480×640) is drawn enlarged to its height, so that captions do not bury the face. */
const MIN_OVERLAY_HEIGHT = 640;

/** Writes `<dir>/<name>.overlay.png`: the photo, upright, with every result's regions drawn (see overlaySvg). */
export async function writeOverlay(photoPath: string, verdict: Verdict, dir: string): Promise<string> {
  const { autoOrient } = await sharp(photoPath).metadata();
  const zoom = Math.max(1, MIN_OVERLAY_HEIGHT / autoOrient.height);
  const svg = overlaySvg(verdict.results, autoOrient.width, autoOrient.height, zoom);
  const target = join(dir, `${parse(photoPath).name}.overlay.png`);
  await sharp(photoPath)
    .autoOrient()
    .resize(Math.round(autoOrient.width * zoom), Math.round(autoOrient.height * zoom))
    .composite([{ input: Buffer.from(svg), top: 0, left: 0 }])
    .png()
    .toFile(target);
  return target;
}

/** How a result's regions are drawn: what needs attention bold and captioned, the rest thin and silent. */
const QUIET: ReadonlySet<Status> = new Set(['pass', 'skipped']);

/**
 * An SVG of the photo, `zoom` times its size, with every result's regions: what failed, warned, errored or needs
 * review in its status colour with a caption (where such a rule merely searched, thin and
 * uncaptioned); what passed (green) or could not be judged (grey) thin and uncaptioned, so the
 * measurements behind the verdict (mesh points, eye line, head top, face width) and where a rule
 * looked stay visible without burying the findings. Captions come after every shape, one per place
 * and label, each moved down until it overlaps no earlier one.
 */
export function overlaySvg(results: readonly RuleResult[], width: number, height: number, zoom = 1): string {
  // Drawn in the photo's coordinates on a canvas `zoom` times its size: line widths and type in
  // canvas pixels, 13 px type on a 480-px-wide canvas and proportionally more on larger ones.
  const pixel = Math.max(1, (Math.min(width, height) * zoom) / 480) / zoom;
  const loud = { stroke: 2 * pixel, font: 13 * pixel };
  const quiet = { stroke: pixel, font: 0 };
  // Quiet regions first, so that problems are drawn on top of them.
  const ordered = [...results.filter((r) => QUIET.has(r.status)), ...results.filter((r) => !QUIET.has(r.status))];
  const shapes: string[] = [];
  // Rules that mark the same place with the same label (the background's outline) share a caption.
  const captions = new Map<string, { rules: string[]; label: string; at: Point; colour: string }>();
  for (const { status, rule, regions } of ordered) {
    for (const region of regions) {
      // Where a rule looked is context: only what it found or measured is drawn bold and captioned.
      const style = QUIET.has(status) || region.searched ? quiet : loud;
      shapes.push(drawRegion(region, STATUS_COLOUR[status], style));
      if (style === quiet) continue;
      const at = anchorOf(region);
      const key = `${region.label}@${at.join(',')}`;
      const shared = captions.get(key);
      if (!shared) captions.set(key, { rules: [rule], label: region.label, at, colour: STATUS_COLOUR[status] });
      else if (!shared.rules.includes(rule)) shared.rules.push(rule);
    }
  }
  const layout = new CaptionLayout(loud.font, width);
  const texts = [...captions.values()].map(({ rules, label, at: [x, y], colour }) => layout.place(`${rules.join(', ')}: ${label}`, x, y - loud.font / 3, colour));
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${Math.round(width * zoom)}" height="${Math.round(height * zoom)}" viewBox="0 0 ${width} ${height}">`,
    `<style>text { font-family: 'DejaVu Sans', sans-serif; font-size: ${loud.font}px; paint-order: stroke; stroke: #000; stroke-width: ${loud.font / 6}px; }</style>`,
    ...shapes,
    ...texts,
    '</svg>',
  ].join('\n');
}

function drawRegion(region: Region, colour: string, style: { stroke: number }): string {
  const outline = `fill="none" stroke="${colour}" stroke-width="${style.stroke}"`;
  switch (region.kind) {
    case 'box':
      return `<rect x="${region.x}" y="${region.y}" width="${region.width}" height="${region.height}" ${outline}/>`;
    case 'polygon':
      return `<polygon points="${region.points.map(([x, y]) => `${x},${y}`).join(' ')}" ${outline}/>`;
    case 'line': {
      const [[x1, y1], [x2, y2]] = [region.from, region.to];
      return `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" ${outline}/>`;
    }
    case 'points':
      return region.points.map(([x, y]) => `<circle cx="${x}" cy="${y}" r="${style.stroke * 1.5}" fill="${colour}"/>`).join('');
  }
}

/** Where a region's caption goes: its top-left corner, first point or start. */
function anchorOf(region: Region): Point {
  switch (region.kind) {
    case 'box':
      return [region.x, region.y];
    case 'line':
      return region.from;
    case 'polygon':
    case 'points':
      return region.points[0] ?? [0, 0];
  }
}

/** Captions placed one after another, each moved down a line at a time past those already placed. */
class CaptionLayout {
  private readonly placed: { x0: number; x1: number; y0: number; y1: number }[] = [];

  constructor(
    private readonly font: number,
    private readonly width: number,
  ) {}

  place(content: string, x: number, baseline: number, colour: string): string {
    // DejaVu Sans averages about 0.6 em per character; captions are short, an estimate will do.
    const x0 = Math.max(0, Math.min(x, this.width - 0.6 * this.font * content.length));
    const x1 = x0 + 0.6 * this.font * content.length;
    // Kept inside the top edge: a caption of a region at the very top goes just below it.
    let y = Math.max(baseline, this.font);
    for (let tries = 0; tries < 12 && this.placed.some((p) => p.x0 < x1 && x0 < p.x1 && p.y0 < y && y - this.font < p.y1); tries++) y += this.font * 1.15;
    this.placed.push({ x0, x1, y0: y - this.font, y1: y });
    return `<text x="${x0}" y="${y}" fill="${colour}">${escapeXml(content)}</text>`;
  }
}
