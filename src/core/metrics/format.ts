/**
 * Number formatting for running Chinese text: no thousands separators, decimals by unit.
 */
import { defaultDecimals, isRateUnit } from "../placeholders/units";

/** Round half away from zero at `decimals`, without binary artefacts (1.005 → 1.01). */
export function roundTo(value: number, decimals: number): number {
  const abs = Math.abs(value);
  const text = String(abs);
  const rounded = text.includes("e")
    ? Math.round(abs * 10 ** decimals) / 10 ** decimals
    : Number(`${Math.round(Number(`${text}e${decimals}`))}e-${decimals}`);
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}

/**
 * Format a figure: rounded to `decimals` (default by unit: % and 个百分点 1, counts 0, amounts 2).
 * Rates and explicitly requested decimals keep trailing zeros (5.0%); amounts drop them (12亿元).
 */
export function formatNumber(value: number | string, unit?: string, decimals?: number): string {
  const n = typeof value === "number" ? value : Number(String(value).replace(/[,，\s]/g, ""));
  if (!Number.isFinite(n)) throw new RangeError(`not a number: ${String(value)}`);
  const d = decimals ?? defaultDecimals(unit);
  const rounded = roundTo(n, d);
  let out = (rounded === 0 ? 0 : rounded).toFixed(d);
  const keepZeros = decimals !== undefined || isRateUnit(unit);
  if (!keepZeros && out.includes(".")) out = out.replace(/\.?0+$/, "");
  return out;
}
