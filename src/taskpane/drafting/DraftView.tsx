/** The pieces a draft is shown with: the difference against the original, and the text with its unsupported figures marked. */
import { memo } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { DiffSegment, Figure } from "../../core/drafting";

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

/** The streamed text as it arrives (plain: cheap to render per chunk). */
export const StreamView = memo(function StreamView({ text, label }: { text: string; label: string }) {
  const styles = useStyles();
  return (
    <div className={styles.box} role="log" aria-live="off" aria-label={label} data-testid="drafting-stream">
      {text}
    </div>
  );
});

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
