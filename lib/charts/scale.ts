// A linear scale and "nice" axis ticks for the directory's charts, written out rather than taken from a charting
// library: the charts are drawn on the server as plain SVG (docs/decisions/018-server-rendered-charts.md). Pure.

/** Maps a value in [0, max] onto [0, length]; values outside are clamped. */
export interface LinearScale {
  (value: number): number;
  /** The top of the domain: a nice number at or above the largest value (at least 1). */
  max: number;
  ticks: number[];
}

/** A step of 1, 2 or 5 times a power of ten that splits `max` into about `count` parts. */
export function niceStep(max: number, count: number): number {
  if (!(max > 0)) return 1;
  const raw = max / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  // Counts are whole: a step below 1 would label the axis 0.5, 1.5, ….
  return Math.max(1, nice * power);
}

/**
 * A scale from 0 to the first tick at or above the largest value, onto 0…length. Ticks are whole numbers, every
 * `niceStep` from 0 to that top.
 */
export function linearScale(largest: number, length: number, tickCount = 5): LinearScale {
  const step = niceStep(largest, tickCount);
  const max = Math.max(step, Math.ceil(Math.max(0, largest) / step) * step);
  const ticks: number[] = [];
  for (let tick = 0; tick <= max + step / 2; tick += step) ticks.push(tick);
  const scale = ((value: number) => (Math.min(Math.max(value, 0), max) / max) * length) as LinearScale;
  scale.max = max;
  scale.ticks = ticks;
  return scale;
}
