import { useEffect, useReducer, useRef, type CSSProperties, type MouseEvent, type ReactElement } from "react";
import type { WordDouble } from "../word-double";

type Paragraph = WordDouble["model"]["paragraphs"][number];

const ALIGN: Record<string, CSSProperties["textAlign"]> = {
  Left: "left",
  Centered: "center",
  Right: "right",
  Justified: "justify",
};

/** The preview's document: the Word double's paragraphs, runs and content controls, live. */
export function DocumentView({ double, label }: { double: WordDouble; label: string }) {
  const [, refresh] = useReducer((n: number) => n + 1, 0);
  useEffect(() => double.subscribe(refresh), [double]);
  const model = double.model;
  const selection = model.selectionInfo();
  const tags = new Map(model.controls().map((c) => [c.id, c.tag || c.title]));
  const pageRef = useRef<HTMLDivElement>(null);
  const selectionKey = `${selection.startParagraph}:${selection.startOffset}-${selection.endParagraph}:${selection.endOffset}`;

  // Word shows what the add-in selects (定位 a finding, 选择 a placeholder): so does the preview,
  // scrolling the selection into the middle of the view when it is out of sight.
  useEffect(() => {
    const page = pageRef.current;
    const target = page?.querySelector(".preview-selected, .preview-caret");
    const viewport = page?.closest(".preview-scroll");
    if (!target || !viewport) return;
    const box = target.getBoundingClientRect();
    const view = viewport.getBoundingClientRect();
    if (box.top < view.top || box.bottom > view.bottom) target.scrollIntoView({ block: "center" });
  }, [selectionKey]);

  const onMouseUp = (event: MouseEvent<HTMLDivElement>) => {
    const picked = readDomSelection(event.currentTarget);
    if (picked) {
      model.setSelection(picked.startParagraph, picked.startOffset, picked.endParagraph, picked.endOffset);
      refresh();
    }
  };

  return (
    <div ref={pageRef} className="preview-page" role="document" aria-label={label} onMouseUp={onMouseUp}>
      {model.paragraphs.map((paragraph, index) => (
        <p key={paragraph.uid} data-para={index} style={paragraphStyle(paragraph)} data-style={paragraph.styleBuiltIn}>
          {renderRuns(paragraph, index, selection, tags)}
        </p>
      ))}
    </div>
  );
}

function paragraphStyle(p: Paragraph): CSSProperties {
  const firstRun = p.runs[0]?.font ?? p.markFont;
  const line =
    p.lineRule === "exact" ? `${p.lineSpacing}pt` : p.lineRule === "atLeast" ? "normal" : String(Math.max(1, p.lineSpacing / 12) * 1.3);
  return {
    margin: 0,
    minHeight: `${firstRun.size * 1.2}pt`,
    textAlign: ALIGN[p.alignment] ?? "left",
    textIndent: `${p.firstLineIndent}pt`,
    paddingLeft: `${p.leftIndent}pt`,
    lineHeight: line,
    marginTop: `${p.spaceBefore}pt`,
    marginBottom: `${p.spaceAfter}pt`,
    background: p.inTable ? "rgba(0,0,0,0.04)" : undefined,
  };
}

function renderRuns(
  p: Paragraph,
  index: number,
  selection: ReturnType<WordDouble["model"]["selectionInfo"]>,
  tags: Map<number, string>,
) {
  const caretAt =
    selection.startParagraph === index &&
    selection.endParagraph === index &&
    selection.startOffset === selection.endOffset
      ? selection.startOffset
      : -1;
  const selectedFrom = index === selection.startParagraph ? selection.startOffset : index > selection.startParagraph ? 0 : Infinity;
  const selectedTo = index === selection.endParagraph ? selection.endOffset : index < selection.endParagraph ? Infinity : -1;

  const pieces: ReactElement[] = [];
  let offset = 0;
  p.runs.forEach((run, r) => {
    // Split each run at the selection edges so the selected part can be highlighted.
    const cuts = new Set([0, run.text.length]);
    for (const edge of [selectedFrom - offset, selectedTo - offset, caretAt - offset]) {
      if (edge > 0 && edge < run.text.length) cuts.add(edge);
    }
    const points = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i + 1 < points.length; i++) {
      const from = offset + points[i]!;
      const to = offset + points[i + 1]!;
      if (from === caretAt) pieces.push(<span key={`c${r}-${i}`} className="preview-caret" aria-hidden />);
      const selected = from >= selectedFrom && to <= selectedTo && caretAt < 0;
      const control = run.ccs.at(-1);
      pieces.push(
        <span
          key={`${r}-${i}`}
          className={[selected ? "preview-selected" : "", control !== undefined ? "preview-control" : ""].join(" ")}
          title={control !== undefined ? tags.get(control) : undefined}
          data-control={control !== undefined ? tags.get(control) : undefined}
          style={{
            fontFamily: `"${run.font.nameFarEast}", "${run.font.name}", "Noto Serif CJK SC", serif`,
            fontSize: `${run.font.size}pt`,
            fontWeight: run.font.bold ? 700 : 400,
            fontStyle: run.font.italic ? "italic" : undefined,
            color: run.font.color,
          }}
        >
          {run.text.slice(points[i], points[i + 1])}
        </span>,
      );
    }
    offset += run.text.length;
  });
  if (caretAt === offset) pieces.push(<span key="caret-end" className="preview-caret" aria-hidden />);
  if (!p.runs.length) pieces.push(<br key="empty" />);
  return pieces;
}

/** Maps the browser's selection inside the page to paragraph indices and text offsets. */
function readDomSelection(page: HTMLElement) {
  const dom = window.getSelection();
  if (!dom || dom.rangeCount === 0) return null;
  const range = dom.getRangeAt(0);
  const start = locate(page, range.startContainer, range.startOffset);
  const end = locate(page, range.endContainer, range.endOffset);
  if (!start || !end) return null;
  return { startParagraph: start.paragraph, startOffset: start.offset, endParagraph: end.paragraph, endOffset: end.offset };
}

function locate(page: HTMLElement, node: Node, offset: number) {
  const element = node instanceof Element ? node : node.parentElement;
  const para = element?.closest<HTMLElement>("[data-para]");
  if (!para || !page.contains(para)) return null;
  const before = document.createRange();
  before.setStart(para, 0);
  before.setEnd(node, offset);
  return { paragraph: Number(para.dataset.para), offset: before.toString().length };
}
