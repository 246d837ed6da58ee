import { useMemo, useState } from "react";
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  tokens,
  useArrowNavigationGroup,
} from "@fluentui/react-components";
import { ruleCatalog, type Finding, type LengthTarget } from "../../core/checks";
import { fixAllFindings, fixFindings, readFigureOptions, selectFinding } from "../../word";
import { pick } from "../i18n/locale";
import { useLocale } from "../i18n/strings";
import { useNotify } from "../shell/notify";
import { usePaneState } from "../shell/paneState";
import { useWordAction } from "../shell/useWordAction";
import { useFormatStrings } from "./strings";
import { useContent } from "../content/useContent";
import { FigureFindings, isFigureFinding } from "./FigureFindings";
import { checkWithFigures, optionsForRun, paneCheckOptions, type CheckRunState } from "./checkRun";
import { useCongressDate } from "../content/congressDate";
import { CongressDateField } from "./CongressDateField";
import { useOpenTab } from "../shell/openTab";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  targets: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)", gap: tokens.spacingHorizontalS },
  list: { listStyle: "none", margin: 0, padding: 0, maxHeight: "420px", overflowY: "auto" },
  group: { margin: `${tokens.spacingVerticalS} 0 0` },
  groupHeader: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  groupTitle: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  item: {
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    padding: `${tokens.spacingVerticalXS} 0`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  place: { justifyContent: "flex-start", textAlign: "left", minWidth: 0, padding: 0, height: "auto" },
  row: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  done: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
});

const isFixable = (f: Finding) => f.replacement !== undefined || f.removeParagraph === true;

/** Left-over placeholders are filled on 数据, not here: one row that opens it, never one per place. */
const LEFTOVER_RULE = "placeholder.leftover";

/** Groups with something to fix first (in catalog order), then the ones to read. */
function fixableFirst<G extends { open: Finding[] }>(groups: readonly G[]): G[] {
  const fixable = groups.filter((g) => g.open.some(isFixable));
  return [...fixable, ...groups.filter((g) => !fixable.includes(g))];
}

/** A positive whole number, undefined for an empty field, null for anything else. */
function parseTarget(text: string): number | undefined | null {
  if (text.trim() === "") return undefined;
  const n = Number(text);
  return Number.isInteger(n) && n > 0 ? n : null;
}

function excerpt(text: string, start: number, end: number, empty: string): string {
  const from = Math.max(0, start - 6);
  const to = Math.min(text.length, Math.max(end, start + 1) + 6);
  const piece = text.slice(from, to).trim();
  return (from > 0 ? "…" : "") + (piece || empty) + (to < text.length ? "…" : "");
}

/** 检查: findings with their place, a reason, and safe fixes one by one or per rule. */
export function CheckSection({ target, onTargetChange }: { target: LengthTarget; onTargetChange: (t: LengthTarget) => void }) {
  const s = useFormatStrings();
  const locale = useLocale();
  const notify = useNotify();
  const styles = useStyles();
  const [totalText, setTotalText] = useState(target.total ? String(target.total) : "");
  const [sectionText, setSectionText] = useState(target.perSection ? String(target.perSection) : "");
  // Kept by the pane, so the results survive a visit to another tab.
  const [run, setRun] = usePaneState<CheckRunState | null>("check:run", () => null);
  const [fixed, setFixed] = usePaneState<Array<Finding & { before: string }>>("check:fixed", () => []);
  const [removed, setRemoved] = usePaneState<string[]>("check:removed", () => []);
  const { busy: action, run: runAction } = useWordAction();
  const busy = action !== null;
  // One tab stop for all findings: arrow keys move between 定位 and 修复 buttons.
  const findingsNavigation = useArrowNavigationGroup({ axis: "grid-linear", memorizeCurrent: true });

  // The content packs' 提法 entries join the built-in ones (same id: the pack's replaces it).
  const { tifaEntries: tifa, figureIndicators } = useContent().merged;
  // The 二十一大 date in force (a pack's locked one, else the person's own): 迎接 / 学习贯彻 are judged by it.
  const { date: congressDate } = useCongressDate();
  const total = parseTarget(totalText);
  const perSection = parseTarget(sectionText);
  const targetsValid = total !== null && perSection !== null;
  const lengthTarget: LengthTarget = {
    ...(typeof total === "number" ? { total } : {}),
    ...(typeof perSection === "number" ? { perSection } : {}),
  };

  const groups = useMemo(() => {
    const findings = run?.findings ?? [];
    return fixableFirst(
      ruleCatalog
        // 数据核对 has its own group; leftover placeholders collapse into one row that opens 数据.
        .filter((rule) => rule.id !== LEFTOVER_RULE && !isFigureFinding({ rule: rule.id } as Finding))
        .map((rule) => ({
          rule,
          open: findings.filter((f) => f.rule === rule.id),
          done: fixed.filter((f) => f.rule === rule.id),
        }))
        .filter((g) => g.open.length > 0 || g.done.length > 0),
    );
  }, [run, fixed]);
  const leftover = run?.findings.filter((f) => f.rule === LEFTOVER_RULE).length ?? 0;
  const openTab = useOpenTab();
  const fixableCount = run?.findings.filter(isFixable).length ?? 0;

  const check = () =>
    runAction(async () => {
      if (!targetsValid) return;
      onTargetChange(lengthTarget);
      setRun(await checkWithFigures(paneCheckOptions({ lengthTarget, tifa, figureIndicators, congressDate })));
      setFixed([]);
      setRemoved([]);
    });

  // 全部修复 plans every automatic fix so that it settles in one pass; one or a kind fixes those.
  const fix = (findings: Finding[], all = false) =>
    runAction(async () => {
      if (!run || findings.length === 0) return;
      const options = { ...optionsForRun(paneCheckOptions({ lengthTarget, tifa, figureIndicators, congressDate }), run), ...(await readFigureOptions()) };
      const result = all ? await fixAllFindings(options) : await fixFindings(findings, run.texts, options);
      const before = (f: Finding) => (f.removeParagraph ? run.texts[f.paragraph] ?? "" : (run.texts[f.paragraph] ?? "").slice(f.start, f.end));
      setFixed((prev) => [...prev, ...result.applied.map((f) => ({ ...f, before: before(f) }))]);
      setRemoved((prev) => [...prev, ...result.removedLines]);
      setRun({ findings: result.findings, texts: result.texts, ...(run.year !== undefined ? { year: run.year } : {}) });
      if (result.stale.length > 0) notify.show("warning", s.staleCount(result.stale.length));
      else if (result.applied.length > 0) notify.show("success", s.fixedCount(result.applied.length));
      if (result.skipped.length > 0) notify.show("info", s.skipped(result.skipped.length));
      if (result.unverified.length > 0) notify.show("warning", s.unverifiedFixes(result.unverified.length));
      if (result.interrupted) notify.show("warning", result.interrupted);
    });

  const locate = async (finding: Finding) => {
    if (!run) return;
    try {
      if (!(await selectFinding(finding, run.texts))) notify.show("warning", s.selectStale);
    } catch (e) {
      notify.error(e);
    }
  };

  // A new kind of group (数据核对 …) renders through the same function, or beside the left-over row.
  const fixableGroups = groups.filter((g) => g.open.some(isFixable)).length;
  const renderGroup = ({ rule, open, done }: (typeof groups)[number]) => {
    const openFixable = open.filter(isFixable);
    const name = pick(rule.name, locale);
    return (
      <div key={rule.id} className={styles.group}>
        <div className={styles.groupHeader}>
          <h3 className={styles.groupTitle}>{s.groupTitle(name, open.length)}</h3>
          {openFixable.length > 0 && (
            <Button size="small" appearance="subtle" disabled={busy} aria-label={`${s.fixRule}：${name}`} onClick={() => fix(openFixable)}>
              {s.fixRule}
            </Button>
          )}
        </div>
        <ul className={styles.list} aria-label={name}>
          {done.map((f, i) => (
            <li key={`done-${f.id}-${i}`} className={styles.item}>
              <div className={styles.row}>
                <Text size={200}>{s.place(f.paragraph + 1, f.before || "—")}</Text>
                <Text size={200} className={styles.done}>{s.fixed}</Text>
              </div>
            </li>
          ))}
          {open.map((f) => {
            const text = run?.texts[f.paragraph] ?? "";
            return (
              <li key={f.id} className={styles.item}>
                <div className={styles.row}>
                  <Button
                    appearance="transparent"
                    size="small"
                    className={styles.place}
                    title={s.locate(f.paragraph + 1)}
                    onClick={() => locate(f)}
                  >
                    {s.place(f.paragraph + 1, excerpt(text, f.start, f.end, s.emptyParagraph))}
                  </Button>
                  {isFixable(f) && (
                    <Button size="small" disabled={busy} aria-label={`${s.fixOne}：${pick(f.message, locale)}`} onClick={() => fix([f])}>
                      {s.fixOne}
                    </Button>
                  )}
                </div>
                <Text size={200}>{pick(f.message, locale)}</Text>
              </li>
            );
          })}
        </ul>
      </div>
    );
  };

  return (
    <section className={styles.section} aria-labelledby="check-heading">
      <h2 id="check-heading" className={styles.groupTitle}>{s.checkHeading}</h2>
      <div className={styles.row}>
        <Button appearance="primary" size="small" disabled={busy || !targetsValid} onClick={check}>
          {s.checkButton}
        </Button>
        {run && fixableCount > 0 && (
          <Button size="small" disabled={busy} onClick={() => fix(run.findings.filter(isFixable), true)}>
            {s.fixAll(fixableCount)}
          </Button>
        )}
        {busy && <Spinner size="tiny" aria-label={s.checking} />}
      </div>
      <div className={styles.targets}>
        <Field label={s.targetTotal} hint={s.targetHint} size="small" {...(total === null ? { validationState: "error" as const, validationMessage: s.targetInvalid } : {})}>
          <Input size="small" type="number" min={1} value={totalText} onChange={(_, d) => setTotalText(d.value)} />
        </Field>
        <Field label={s.targetSection} hint={s.targetHint} size="small" {...(perSection === null ? { validationState: "error" as const, validationMessage: s.targetInvalid } : {})}>
          <Input size="small" type="number" min={1} value={sectionText} onChange={(_, d) => setSectionText(d.value)} />
        </Field>
      </div>
      <CongressDateField />
      {removed.length > 0 && (
        <MessageBar intent="success">
          <MessageBarBody>
            {s.removedLines}
            <ul aria-label={s.removedLines}>
              {removed.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {run && run.findings.length === 0 && <Text role="status">{s.noFindings}</Text>}
      {run && run.findings.length > 0 && <Text role="status">{s.summary(run.findings.length, fixableCount)}</Text>}
      {run && <FigureFindings run={run} onRun={setRun} options={paneCheckOptions({ lengthTarget, tifa, figureIndicators, congressDate })} busy={busy} runAction={runAction} />}
      {(groups.length > 0 || leftover > 0) && (
        <div aria-label={s.findingsList} role="region" {...findingsNavigation}>
          {groups.slice(0, fixableGroups).map(renderGroup)}
          {leftover > 0 && (
            <div className={styles.group}>
              <div className={styles.groupHeader}>
                <Button appearance="transparent" size="small" className={styles.place} title={s.leftoverHint} onClick={() => openTab("metrics")}>
                  {s.leftoverRow(leftover)}
                </Button>
              </div>
            </div>
          )}
          {groups.slice(fixableGroups).map(renderGroup)}
        </div>
      )}
    </section>
  );
}
