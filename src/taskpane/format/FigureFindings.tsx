/**
 * 数据核对 in the pane: the figures.* findings of a check, each in one line with every place it
 * involves (each clickable), 定位 stepping through the places, 忽略 for this document, and for a
 * form finding 以文档为准 / 以表单为准. Used by 检查 and by 数据 (填入后核对).
 */
import { useState } from "react";
import { Spinner } from "@fluentui/react-components";
import { useContent } from "../content/useContent";
import { usePaneState } from "../shell/paneState";
import { useWordAction } from "../shell/useWordAction";
import { Button, Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { CheckOptions, Finding } from "../../core/checks";
import { figuresMessages } from "../../core/figures/messages";
import { applyFormFigure, dismissFigureFinding, keepDocumentFigure, readFigureOptions, selectFinding } from "../../word";
import { checkWithFigures, optionsForRun, type CheckRunState } from "./checkRun";
import { pick, type Locale } from "../i18n/locale";
import { useLocale } from "../i18n/strings";
import { useNotify } from "../shell/notify";
import { useFigureStrings } from "./figureStrings";

const useStyles = makeStyles({
  group: { margin: `${tokens.spacingVerticalS} 0 0` },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { listStyle: "none", margin: 0, padding: 0, maxHeight: "420px", overflowY: "auto" },
  item: { borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, padding: `${tokens.spacingVerticalXS} 0`, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  places: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  place: { minWidth: 0, padding: 0, height: "auto" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
});

export { checkWithFigures, type CheckRunState };

type Place = { paragraph: number; start: number; end: number };

/**
 * The finding's message cut where it names its places (第3段 125.3亿元), so that each figure is
 * shown once, as a link in the sentence; the places it does not name are listed after it.
 */
function linkPlaces(message: string, places: readonly Place[], textAt: (p: Place) => string, locale: Locale): { parts: Array<string | { place: Place; text: string }>; unnamed: Place[] } {
  const found: Array<{ at: number; needle: string; place: Place }> = [];
  const unnamed: Place[] = [];
  for (const place of places) {
    const needle = pick(figuresMessages.place(place.paragraph + 1, textAt(place)), locale);
    let at = message.indexOf(needle);
    while (at >= 0 && found.some((f) => at < f.at + f.needle.length && f.at < at + needle.length)) at = message.indexOf(needle, at + 1);
    if (at >= 0 && textAt(place)) found.push({ at, needle, place });
    else unnamed.push(place);
  }
  found.sort((a, b) => a.at - b.at);
  const parts: Array<string | { place: Place; text: string }> = [];
  let from = 0;
  for (const f of found) {
    if (f.at > from) parts.push(message.slice(from, f.at));
    parts.push({ place: f.place, text: f.needle });
    from = f.at + f.needle.length;
  }
  if (from < message.length) parts.push(message.slice(from));
  return { parts, unnamed };
}

export const isFigureFinding = (f: Finding): boolean => f.rule.startsWith("figures.");

interface Props {
  run: CheckRunState;
  onRun: (run: CheckRunState) => void;
  /** The options of the check, for the fresh check after 以表单为准. */
  options: CheckOptions;
  busy: boolean;
  /** The tab's Word action runner (one Word operation at a time for the pane). */
  runAction: (action: () => Promise<void>) => Promise<void>;
}

export function FigureFindings({ run, onRun, options, busy, runAction }: Props) {
  const s = useFigureStrings();
  const locale = useLocale();
  const notify = useNotify();
  const styles = useStyles();
  // Which place 定位 selects next, per finding.
  const [nextPlace, setNextPlace] = useState<Record<string, number>>({});
  const findings = run.findings.filter(isFigureFinding);
  if (findings.length === 0) return null;

  const placesOf = (f: Finding) => f.places ?? [{ paragraph: f.paragraph, start: f.start, end: f.end }];
  const textAt = (p: { paragraph: number; start: number; end: number }) => (run.texts[p.paragraph] ?? "").slice(p.start, p.end);
  const without = (f: Finding) => onRun({ ...run, findings: run.findings.filter((x) => x.id !== f.id) });

  const select = async (place: { paragraph: number; start: number; end: number }) => {
    try {
      if (!(await selectFinding(place, run.texts))) notify.show("warning", s.selectStale);
    } catch (e) {
      notify.error(e);
    }
  };
  const locate = (f: Finding) => {
    const places = placesOf(f);
    const k = (nextPlace[f.id] ?? 0) % places.length;
    setNextPlace((prev) => ({ ...prev, [f.id]: k + 1 }));
    return select(places[k]!);
  };
  const dismiss = (f: Finding) =>
    runAction(async () => {
      await dismissFigureFinding(f);
      without(f);
      notify.show("success", s.dismissed);
    });
  const keepDocument = (f: Finding) =>
    runAction(async () => {
      await keepDocumentFigure(f, textAt(f));
      without(f);
      notify.show("success", s.keptDocument);
    });
  const keepForm = (f: Finding) =>
    runAction(async () => {
      const result = await applyFormFigure(f, run.texts, { ...optionsForRun(options, run), ...(await readFigureOptions()) });
      onRun({ findings: result.findings, texts: result.texts, ...(run.year !== undefined ? { year: run.year } : {}) });
      if (result.applied.length > 0) notify.show("success", s.keptForm(f.formValue ?? ""));
      else notify.show("warning", result.interrupted ?? s.keptFormStale);
    });

  return (
    <div className={styles.group}>
      <h3 className={styles.title}>{s.heading(findings.length)}</h3>
      <Text size={200}>{s.note}</Text>
      <ul className={styles.list} aria-label={s.heading(findings.length)}>
        {findings.map((f) => {
          const places = placesOf(f);
          const k = (nextPlace[f.id] ?? 0) % places.length;
          const message = linkPlaces(pick(f.message, locale), places, textAt, locale);
          return (
            <li key={f.id} className={styles.item}>
              <Text size={200}>
                {message.parts.map((part, i) =>
                  typeof part === "string" ? (
                    part
                  ) : (
                    <Link key={i} as="button" inline title={s.selectPlace(part.place.paragraph + 1, textAt(part.place))} onClick={() => select(part.place)}>
                      {part.text}
                    </Link>
                  ),
                )}
              </Text>
              {message.unnamed.length > 0 && (
                <div className={styles.places}>
                  {message.unnamed.map((p, i) => (
                    <Button key={i} appearance="transparent" size="small" className={styles.place} title={s.selectPlace(p.paragraph + 1, textAt(p))} onClick={() => select(p)}>
                      {s.place(p.paragraph + 1, textAt(p))}
                    </Button>
                  ))}
                </div>
              )}
              <div className={styles.actions}>
                <Button size="small" onClick={() => locate(f)}>
                  {places.length > 1 ? s.locateNext(k + 1, places.length) : s.locate}
                </Button>
                {f.formValue !== undefined && (
                  <>
                    <Button size="small" disabled={busy} title={s.keepDocumentHint} onClick={() => keepDocument(f)}>
                      {s.keepDocument}
                    </Button>
                    <Button size="small" disabled={busy} title={s.keepFormHint(f.formValue)} onClick={() => keepForm(f)}>
                      {s.keepForm}
                    </Button>
                  </>
                )}
                <Button size="small" appearance="subtle" disabled={busy} title={s.dismissHint} onClick={() => dismiss(f)}>
                  {s.dismiss}
                </Button>
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/**
 * 填入后核对 (数据 tab): checks the figures once the form has filled them; the findings are those of
 * 检查's 数据核对 group. `after`: the fill it follows (a newer fill hides an older result).
 */
export function CheckAfterFill({ after }: { after: object }) {
  const s = useFigureStrings();
  const styles = useStyles();
  const { figureIndicators } = useContent().merged;
  const [state, setState] = usePaneState<{ after: object; run: CheckRunState } | null>("metrics:figures", () => null);
  const { busy, run: runAction } = useWordAction();
  const options: CheckOptions = { figureIndicators, enabledRules: FIGURE_RULES };
  const current = state?.after === after ? state.run : null;
  const check = () =>
    runAction(async () => {
      setState({ after, run: await checkWithFigures(options) });
    });
  return (
    <div className={styles.group}>
      <div className={styles.actions}>
        <Button size="small" disabled={busy !== null} title={s.checkAfterFillHint} onClick={check}>
          {s.checkAfterFill}
        </Button>
        {busy !== null && <Spinner size="tiny" aria-label={s.checking} />}
      </div>
      {current && current.findings.filter(isFigureFinding).length === 0 && <Text role="status">{s.noFigureIssues}</Text>}
      {current && (
        <FigureFindings run={current} onRun={(run) => setState({ after, run })} options={options} busy={busy !== null} runAction={runAction} />
      )}
    </div>
  );
}

const FIGURE_RULES = ["figures.conflict", "figures.growth", "figures.parts", "figures.unit", "figures.form", "figures.year"];
