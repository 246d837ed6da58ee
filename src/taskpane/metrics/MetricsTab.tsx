import { useCallback, useEffect, useMemo, useState } from "react";
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  SpinButton,
  Text,
  ToggleButton,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { carryOver, type MatchResult, type StoredValues } from "../../core/metrics";
import { mergeGroups, splitGroup, type Placeholder } from "../../core/placeholders";
import { scanDocument, selectPlaceholder, type ScannedDocument } from "../../word";
import { fillPlaceholders, type FillReport } from "../../word";
import { saveStoredValues } from "../../word";
import { pick } from "../i18n/locale";
import { useLocale } from "../i18n/strings";
import { useNotify } from "../shell/notify";
import { useWordAction } from "../shell/useWordAction";
import { FieldCard } from "./FieldCard";
import { ImportPanel } from "./ImportPanel";
import {
  adjustableUnits,
  applyStoredGroupings,
  mergesOf,
  buildFields,
  bySection,
  checkForm,
  decimalsFor,
  initialState,
  keepOverYear,
  storedFrom,
  type DerivedInput,
  type FormState,
} from "./model";
import { loadMetricsSettings, saveMetricsSettings } from "./settings";
import { useMetricsStrings } from "./strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  toolbar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  section: { margin: `${tokens.spacingVerticalS} 0 0`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { listStyle: "none", margin: 0, padding: 0 },
  decimals: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  spin: { width: "80px" },
  skipped: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
});

type Action = "scan" | "fill" | "save" | "carry";

/** 数据: scan the document's placeholders, fill them from one validated form, keep the values. */
export function MetricsTab() {
  const s = useMetricsStrings();
  const locale = useLocale();
  const notify = useNotify();
  const styles = useStyles();
  const [scan, setScan] = useState<ScannedDocument | null>(null);
  const [placeholders, setPlaceholders] = useState<Placeholder[]>([]);
  const [state, setState] = useState<FormState>({ values: {}, derived: {} });
  const { busy, run } = useWordAction<Action>();
  const [report, setReport] = useState<FillReport | null>(null);
  const [restoredCount, setRestoredCount] = useState(0);
  const [showImport, setShowImport] = useState(false);
  const [showDecimals, setShowDecimals] = useState(false);
  const [settingsLoad] = useState(() => loadMetricsSettings());
  const [decimals, setDecimals] = useState<Record<string, number>>(settingsLoad.settings.decimals);

  useEffect(() => {
    if (settingsLoad.corrupt) notify.show("warning", s.settingsCorrupt);
  }, [settingsLoad, notify, s]);

  // The preview swaps documents under the pane; a stale form must not be filled into another one.
  useEffect(() => {
    const reset = () => {
      setScan(null);
      setPlaceholders([]);
      setReport(null);
    };
    document.addEventListener("preview-document-replaced", reset);
    return () => document.removeEventListener("preview-document-replaced", reset);
  }, []);

  const fields = useMemo(() => (scan ? buildFields(scan.paragraphs, placeholders) : []), [scan, placeholders]);
  const check = useMemo(() => checkForm(fields, state, decimals), [fields, state, decimals]);
  const sections = useMemo(() => bySection(fields), [fields]);
  const units = useMemo(() => adjustableUnits(fields), [fields]);

  const load = useCallback((result: ScannedDocument) => {
    const ps = applyStoredGroupings(result.placeholders, result.stored);
    const fs = buildFields(result.paragraphs, ps);
    const initial = initialState(fs, result.stored);
    setScan(result);
    setPlaceholders(ps);
    setState(initial);
    setRestoredCount(Object.values(initial.values).filter((v) => v !== "").length);
  }, []);

  const runScan = () =>
    run(async () => {
      setReport(null);
      load(await scanDocument());
    }, "scan");

  const toStore = (): StoredValues =>
    storedFrom(scan?.stored ?? null, fields, state, check, new Date().toISOString(), scan ? mergesOf(scan.placeholders, placeholders) : {});

  const runFill = () =>
    run(async () => {
      if (!scan || !check.valid || check.filledGroups === 0) return;
      const result = await fillPlaceholders({
        scan: { ...scan, placeholders },
        values: check.values,
        derived: check.derived,
        decimals: Object.fromEntries(units.map((u) => [u, decimalsFor(u, decimals)])),
        store: toStore(),
      });
      setReport(result);
      notify.show(result.skipped.length ? "warning" : "success", `${s.filled(result.filled)}${result.skipped.length ? s.skipped(result.skipped.length) : ""}`);
      load(await scanDocument());
    }, "fill");

  const runSave = (carry: boolean) =>
    run(async () => {
      if (!scan) return;
      const current = toStore();
      const next = carry ? carryOver(current, { keepGroups: keepOverYear(fields) }) : current;
      await saveStoredValues(next);
      notify.show("success", carry ? s.carried : s.saved);
      const updated = { ...scan, stored: next };
      if (carry) load(updated);
      else setScan(updated);
    }, carry ? "carry" : "save");

  const locate = async (member: Placeholder) => {
    if (!scan) return;
    try {
      await selectPlaceholder(scan, member);
    } catch (e) {
      notify.error(e);
    }
  };

  const setValue = (group: string, value: string) => setState((st) => ({ ...st, values: { ...st.values, [group]: value } }));
  const setDerived = (group: string, next: DerivedInput) =>
    setState((st) => {
      const field = fields.find((f) => f.group === group);
      const base = field?.baseGroup ? st.values[field.baseGroup] : undefined;
      const current = next.on && !next.current && base ? base : next.current;
      return { ...st, derived: { ...st.derived, [group]: { ...next, current } } };
    });
  const applyImport = (result: MatchResult) =>
    setState((st) => {
      const values = { ...st.values };
      const derived = { ...st.derived };
      for (const m of result.matched) {
        values[m.group] = m.value;
        const d = derived[m.group];
        if (d) derived[m.group] = { ...d, on: false };
      }
      return { values, derived };
    });

  const working = busy !== null;
  const places = placeholders.length;

  return (
    <div className={styles.root}>
      <Text size={200}>{s.intro}</Text>
      <div className={styles.toolbar}>
        <Button size="small" appearance={scan ? "secondary" : "primary"} onClick={runScan} disabled={working}>
          {busy === "scan" ? s.scanning : scan ? s.rescan : s.scan}
        </Button>
        {scan && places > 0 && (
          <Button size="small" appearance="primary" onClick={runFill} disabled={working || !check.valid || check.filledGroups === 0}>
            {busy === "fill" ? s.filling : s.fill}
          </Button>
        )}
        {scan && (
          <>
            <ToggleButton size="small" checked={showImport} onClick={() => setShowImport((v) => !v)} disabled={places === 0}>
              {s.importToggle}
            </ToggleButton>
            <ToggleButton size="small" checked={showDecimals} onClick={() => setShowDecimals((v) => !v)} disabled={units.length === 0}>
              {s.decimalsToggle}
            </ToggleButton>
            <Button size="small" onClick={() => runSave(false)} disabled={working || !check.valid}>
              {s.save}
            </Button>
            <Button size="small" onClick={() => runSave(true)} disabled={working || !check.valid}>
              {s.carryOver}
            </Button>
          </>
        )}
      </div>

      {!scan && <Text size={200}>{s.notScanned}</Text>}
      {scan && (
        <Text size={200} role="status">
          {places === 0 ? s.nothingFound : s.found(places, fields.length)}
          {restoredCount > 0 ? ` ${s.restored(restoredCount)}` : ""}
        </Text>
      )}

      {report && (
        <MessageBar intent={report.skipped.length ? "warning" : "success"}>
          <MessageBarBody>
            {s.filled(report.filled)}
            {report.skipped.length > 0 && (
              <>
                {" "}
                {s.skipped(report.skipped.length)}
                <ul className={styles.skipped}>
                  {report.skipped.map((k) => (
                    <li key={k.placeholderId}>{s.skippedItem(k.label, pick(k.reason, locale))}</li>
                  ))}
                </ul>
              </>
            )}
          </MessageBarBody>
        </MessageBar>
      )}

      {scan && places > 0 && (
        <Text size={200} role="status" aria-live="polite">
          {!check.valid ? s.invalidHint : check.filledGroups === 0 ? s.emptyHint : s.fillHint(check.filledGroups)}
        </Text>
      )}

      {showImport && scan && <ImportPanel fields={fields} onMatched={applyImport} />}

      {showDecimals && units.length > 0 && (
        <section aria-label={s.decimalsTitle}>
          <Text size={200} weight="semibold">
            {s.decimalsTitle}
          </Text>
          <div className={styles.decimals}>
            {units.map((u) => (
              <Field key={u} label={s.decimalsFor(u)} size="small">
                <SpinButton
                  size="small"
                  className={styles.spin}
                  min={0}
                  max={6}
                  value={decimalsFor(u, decimals)}
                  onChange={(_, d) => {
                    const n = d.value ?? Number(d.displayValue);
                    if (!Number.isInteger(n) || n < 0 || n > 6) return;
                    const next = { ...decimals, [u]: n };
                    setDecimals(next);
                    saveMetricsSettings({ decimals: next });
                  }}
                />
              </Field>
            ))}
          </div>
        </section>
      )}

      {sections.map(({ section, fields: inSection }) => {
        const title = section || s.sectionFront;
        return (
          <section key={section || "front"} aria-label={title}>
            <h3 className={styles.section}>{title}</h3>
            <ul className={styles.list} aria-label={s.fieldsOf(title)}>
              {inSection.map((f) => (
                <FieldCard
                  key={f.group}
                  field={f}
                  paragraphs={scan?.paragraphs ?? []}
                  value={state.values[f.group] ?? ""}
                  derived={state.derived[f.group] ?? (f.growthUnit ? { on: false, current: "", previous: "" } : undefined)}
                  check={check.fields[f.group]}
                  mergeTargets={fields.filter((o) => o.group !== f.group && o.kind === f.kind && o.unit === f.unit)}
                  disabled={working}
                  onValue={(v) => setValue(f.group, v)}
                  onDerived={(d) => setDerived(f.group, d)}
                  onLocate={locate}
                  onSplit={(m) => setPlaceholders((ps) => splitGroup(ps, f.group, m.id))}
                  onMerge={(target) => setPlaceholders((ps) => mergeGroups(ps, target.group, f.group))}
                />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
