/**
 * The pieces a draft is shown with: the stream as it arrives and the model's reasoning (both
 * subscribed to the stream buffer, so only they re-render per frame), the difference against the
 * original, and the text with its unsupported figures marked.
 */
import { memo, useLayoutEffect, useRef, useSyncExternalStore } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { DiffSegment, Figure } from "../../core/drafting";
import type { StreamBuffer, StreamFrameTiming } from "./streamBuffer";

const useStyles = makeStyles({
  box: {
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    maxHeight: "40vh",
    overflowY: "auto",
  },
  added: { backgroundColor: tokens.colorPaletteGreenBackground2, textDecoration: "none" },
  removed: { backgroundColor: tokens.colorPaletteRedBackground2, textDecorationLine: "line-through" },
  summary: { cursor: "pointer", fontSize: tokens.fontSizeBase200 },
  reasoning: { whiteSpace: "pre-wrap", overflowWrap: "anywhere", fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, margin: 0 },
  figure: { backgroundColor: tokens.colorPaletteYellowBackground2, outline: `1px solid ${tokens.colorPaletteMarigoldBorderActive}`, color: tokens.colorNeutralForeground1 },
});

export const DiffView = memo(function DiffView({ segments, label }: { segments: readonly DiffSegment[]; label: string }) {
  const styles = useStyles();
  return (
    <div className={styles.box} role="region" aria-label={label} data-testid="drafting-diff" tabIndex={0}>
      {segments.map((s, i) =>
        s.kind === "added" ? (
          <ins key={i} className={styles.added}>{s.text}</ins>
        ) : s.kind === "removed" ? (
          <del key={i} className={styles.removed}>{s.text}</del>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </div>
  );
});

/**
 * Where the benchmark (bench/drafting.ts) collects, per published frame, the main-thread cost of
 * rendering it (from the frame's start to its text laid out) and the latency from the oldest
 * delta's arrival to the same point. Absent outside the benchmark.
 */
export interface DraftingBenchHook {
  frames: Array<{ cost: number; latency: number; deltas: number }>;
}
const benchHook = (): DraftingBenchHook | undefined => (globalThis as { __draftingBench?: DraftingBenchHook }).__draftingBench;
const recorded = new WeakMap<StreamFrameTiming, { cost: number; latency: number; deltas: number }>();

/** Records the frame just committed, after forcing the layout of `element` (style and layout are part of the cost). */
function useFrameMeasure(buffer: StreamBuffer, element: React.RefObject<HTMLElement | null>, snapshot: unknown): void {
  useLayoutEffect(() => {
    const hook = benchHook();
    const timing = buffer.lastFrame();
    if (!hook || !timing || !element.current) return;
    void element.current.offsetHeight;
    const done = performance.now();
    const entry = recorded.get(timing);
    if (entry) {
      entry.cost = Math.max(entry.cost, done - timing.flushStart);
      entry.latency = Math.max(entry.latency, done - timing.firstArrival);
      return;
    }
    const fresh = { cost: done - timing.flushStart, latency: done - timing.firstArrival, deltas: timing.deltas };
    recorded.set(timing, fresh);
    hook.frames.push(fresh);
  }, [buffer, element, snapshot]);
}

/** The streamed text as it arrives, one update per frame (plain text: cheap to lay out). */
export function LiveStream({ buffer, label }: { buffer: StreamBuffer; label: string }) {
  const styles = useStyles();
  const snapshot = useSyncExternalStore(buffer.subscribe, buffer.getSnapshot);
  const ref = useRef<HTMLDivElement>(null);
  useFrameMeasure(buffer, ref, snapshot);
  if (!snapshot.content) return null;
  return (
    <div ref={ref} className={styles.box} role="log" aria-live="off" aria-label={label} data-testid="drafting-stream">
      {snapshot.content}
    </div>
  );
}

/**
 * The model's reasoning (reasoning_content, or <think>), folded: live from the buffer while it
 * streams, then `final` (what the answer carried). The same element throughout, so a fold the
 * person opened stays open when the stream ends. Never inserted.
 */
export function ReasoningFold({ buffer, final, summary }: { buffer: StreamBuffer; final: string | null; summary: string }) {
  const styles = useStyles();
  const snapshot = useSyncExternalStore(buffer.subscribe, buffer.getSnapshot);
  const ref = useRef<HTMLPreElement>(null);
  useFrameMeasure(buffer, ref, snapshot);
  const text = final ?? snapshot.reasoning;
  if (!text) return null;
  return (
    <details>
      <summary className={styles.summary}>{summary}</summary>
      <pre ref={ref} className={styles.reasoning} data-testid="drafting-reasoning">
        {text}
      </pre>
    </details>
  );
}

/** Paragraphs with their unsupported figures marked. */
export const FigureMarks = memo(function FigureMarks({ paragraphs, figures, label }: { paragraphs: readonly string[]; figures: readonly Figure[][]; label: string }) {
  const styles = useStyles();
  return (
    <div className={styles.box} aria-label={label} data-testid="drafting-marked">
      {paragraphs.map((text, p) => {
        const parts: React.ReactNode[] = [];
        let at = 0;
        for (const f of figures[p] ?? []) {
          if (f.start < at) continue;
          parts.push(text.slice(at, f.start));
          parts.push(
            <mark key={f.start} className={styles.figure}>
              {text.slice(f.start, f.end)}
            </mark>,
          );
          at = f.end;
        }
        parts.push(text.slice(at));
        return <p key={p} style={{ margin: 0 }}>{parts}</p>;
      })}
    </div>
  );
});
