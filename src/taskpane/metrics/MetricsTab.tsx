import { useCallback, useEffect, useMemo, useState } from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  SpinButton,
  Text,
  ToggleButton,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  adjustableUnits,
  bySection,
  buildFields,
  carryCount,
  carryOver,
  checkForm,
  decimalsFor,
  emptyForm,
  formReducer,
  keepOverYear,
  storedFrom,
  type FormField,
  type StoredValues,
} from "../../core/metrics";
import type { Placeholder } from "../../core/placeholders";
import { fillPlaceholders, saveStoredValues, scanDocument, selectPlaceholder, type FillReport, type ScannedDocument } from "../../word";
import { pick } from "../i18n/locale";
import { useLocale } from "../i18n/strings";
import { useNotify } from "../shell/notify";
import { usePaneReducer, usePaneState } from "../shell/paneState";
import { useWordAction } from "../shell/useWordAction";
import { FieldCard, inputOf } from "./FieldCard";
import { ImportPanel } from "./ImportPanel";
import { loadMetricsSettings, METRICS_SETTINGS_NAME, METRICS_SETTINGS_STORAGE_KEY, saveMetricsSettings } from "./settings";
import { useSaveReporter, useUnreadableNotice } from "../shell/storageNotices";
import { useMetricsStrings } from "./strings";
import { CheckAfterFill } from "../format/FigureFindings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  // 填入 and the form's state stay in view however far the form is scrolled.
  bar: {
    position: "sticky",
    top: `calc(-1 * ${tokens.spacingHorizontalM})`,
    zIndex: 1,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} 0`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  toolbar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  section: { margin: `${tokens.spacingVerticalS} 0 0`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { listStyle: "none", margin: 0, padding: 0 },
  decimals: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  spin: { width: "80px" },
  skipped: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
});

type Action = "scan" | "fill" | "save" | "carry" | "undo";

/** Scanned document facts the form does not need but Word does (content control ids, store). */
type WordSide = Pick<ScannedDocument, "controlIds" | "storage">;

/** 数据: scan the document's placeholders, fill them from one validated form, keep the values. */
export function MetricsTab() {
  const s = useMetricsStrings();
  const locale = useLocale();
  const notify = useNotify();
  const styles = useStyles();
  const [form, dispatch] = usePaneReducer("metrics:form", formReducer, () => emptyForm);
  const [wordSide, setWordSide] = usePaneState<WordSide | null>("metrics:word", () => null);
  const [report, setReport] = usePaneState<FillReport | null>("metrics:report", () => null);
  const [autoScanned, setAutoScanned] = usePaneState("metrics:autoScanned", () => false);
  const { busy, run } = useWordAction<Action>();
  const [showImport, setShowImport] = useState(false);
  const [showDecimals, setShowDecimals] = useState(false);
  const [confirmCarry, setConfirmCarry] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  // After 填入, the sticky status line says how many places were filled, until the next edit.
  const [justFilled, setJustFilled] = useState<string | null>(null);
  // The keyboard help shows only while a field has focus from the keyboard.
  const [keyboardInForm, setKeyboardInForm] = useState(false);
  const [usingKeyboard, setUsingKeyboard] = useState(false);
  useEffect(() => {
    const keys = (e: globalThis.KeyboardEvent) => e.key === "Tab" && setUsingKeyboard(true);
    const pointer = () => setUsingKeyboard(false);
    document.addEventListener("keydown", keys, true);
    document.addEventListener("pointerdown", pointer, true);
    return () => {
      document.removeEventListener("keydown", keys, true);
      document.removeEventListener("pointerdown", pointer, true);
    };
  }, []);
  const [settingsLoad] = useState(() => loadMetricsSettings());
  const [decimals, setDecimals] = useState<Record<string, number>>(settingsLoad.settings.decimals);

  // Unreadable settings: backed up after the first paint and reported (never written during render).
  useUnreadableNotice(METRICS_SETTINGS_STORAGE_KEY, settingsLoad.corrupt, METRICS_SETTINGS_NAME);
  const reportSave = useSaveReporter();

  const scan = form.scan;
  const fields = useMemo(() => (scan ? buildFields(scan.paragraphs, form.placeholders, scan.stored) : []), [scan, form.placeholders]);
  const check = useMemo(() => checkForm(fields, form, decimals), [fields, form, decimals]);
  const sections = useMemo(() => bySection(fields), [fields]);
  const units = useMemo(() => adjustableUnits(fields), [fields]);

  const load = useCallback(
    (result: ScannedDocument) => {
      setWordSide({ controlIds: result.controlIds, storage: result.storage });
      dispatch({ type: "scanned", scan: result });
      if (result.storedUnreadable) notify.show("warning", s.storedUnreadable);
    },
    [dispatch, setWordSide, notify, s],
  );

  const runScan = useCallback(
    () =>
      run(async () => {
        setReport(null);
        setProblem(null);
        setJustFilled(null);
        load(await scanDocument());
      }, "scan"),
    [run, load, setReport],
  );

  // A new pane (reload, another document) reads the form back from the document at once.
  useEffect(() => {
    if (autoScanned || form.scan) return;
    setAutoScanned(true);
    void runScan();
  }, [autoScanned, form.scan, runScan, setAutoScanned]);

  const toStore = (): StoredValues => storedFrom(form, fields, check, new Date().toISOString());

  const focusField = (group: string, part?: "current" | "previous") => {
    const input = inputOf(group, part);
    input?.scrollIntoView({ block: "center" });
    input?.focus();
  };

  const runFill = () => {
    if (!scan || !wordSide) return;
    if (!check.valid && check.firstInvalid) {
      const { group, label, message, part } = check.firstInvalid;
      setProblem(s.invalidFocus(label, pick(message, locale)));
      focusField(group, part);
      return;
    }
    if (check.filledGroups === 0) {
      setProblem(s.emptyHint);
      return;
    }
    setProblem(null);
    return run(async () => {
      const result = await fillPlaceholders({
        scan: { paragraphs: [...scan.paragraphs], placeholders: form.placeholders, controlIds: wordSide.controlIds },
        values: check.values,
        derived: check.derived,
        decimals: Object.fromEntries(units.map((u) => [u, decimalsFor(u, decimals)])),
        store: toStore(),
      });
      setReport(result);
      setJustFilled(`${s.filled(result.filled)}${result.skipped.length ? s.skipped(result.skipped.length) : ""}`);
      notify.show(result.skipped.length ? "warning" : "success", `${s.filled(result.filled)}${result.skipped.length ? s.skipped(result.skipped.length) : ""}`);
      load(await scanDocument());
    }, "fill");
  };

  const runSave = () =>
    run(async () => {
      if (!scan) return;
      const next = toStore();
      await saveStoredValues(next);
      dispatch({ type: "saved", stored: next });
      notify.show("success", s.saved);
    }, "save");

  const runCarry = () =>
    run(async () => {
      setConfirmCarry(false);
      if (!scan) return;
      const before = toStore();
      const next = carryOver(before, { keepGroups: keepOverYear(fields) });
      await saveStoredValues(next);
      dispatch({ type: "carriedOver", stored: next, before });
      notify.show("success", s.carried);
    }, "carry");

  const runUndoCarry = () =>
    run(async () => {
      if (!form.undo) return;
      const back: StoredValues = { ...form.undo.stored, updatedAt: new Date().toISOString() };
      await saveStoredValues(back);
      dispatch({ type: "carryUndone", stored: back });
      notify.show("success", s.undone);
    }, "undo");

  const locate = async (member: Placeholder) => {
    if (!scan || !wordSide) return;
    try {
      await selectPlaceholder({ paragraphs: [...scan.paragraphs], controlIds: wordSide.controlIds }, member);
    } catch (e) {
      notify.error(e);
    }
  };

  const mergeTargetsOf = (f: FormField): FormField[] => fields.filter((o) => !o.kept && o.group !== f.group && o.kind === f.kind && o.unit === f.unit);

  const working = busy !== null;
  const places = form.placeholders.length;
  const toCarry = scan ? carryCount(toStore(), keepOverYear(fields)) : 0;

  return (
    <div className={styles.root}>
      <div className={styles.bar}>
        <div className={styles.toolbar}>
          <Button size="small" appearance={scan ? "secondary" : "primary"} onClick={runScan} disabled={working}>
            {busy === "scan" ? s.scanning : scan ? s.rescan : s.scan}
          </Button>
          {scan && places > 0 && (
            <Button size="small" appearance="primary" onClick={runFill} disabled={working} aria-describedby="metrics-fill-status">
              {busy === "fill" ? s.filling : s.fill}
            </Button>
          )}
        </div>
        {scan && fields.length > 0 && (
          // Speaks only when there is something to say: nothing before the person types.
          <Text size={200} id="metrics-fill-status" role="status" aria-live="polite">
            {problem ?? justFilled ?? (!check.valid ? s.invalidHint : check.filledGroups === 0 ? "" : s.fillHint(check.filledGroups))}
          </Text>
        )}
        {keyboardInForm && usingKeyboard && places > 0 && (
          <Text size={200} id="metrics-keys">
            {s.keyboardHint}
          </Text>
        )}
      </div>
      <Text size={200}>{s.intro}</Text>
      {scan && (
        <div className={styles.toolbar}>
          <ToggleButton size="small" checked={showImport} onClick={() => setShowImport((v) => !v)} disabled={fields.length === 0}>
            {s.importToggle}
          </ToggleButton>
          <ToggleButton size="small" checked={showDecimals} onClick={() => setShowDecimals((v) => !v)} disabled={units.length === 0}>
            {s.decimalsToggle}
          </ToggleButton>
          <Button size="small" onClick={runSave} disabled={working || !check.valid || fields.length === 0}>
            {s.save}
          </Button>
          <Button size="small" onClick={() => setConfirmCarry(true)} disabled={working || !check.valid || toCarry === 0}>
            {s.carryOver}
          </Button>
        </div>
      )}

      {!scan && <Text size={200}>{busy === "scan" ? s.scanning : s.notScanned}</Text>}
      {scan && (
        <Text size={200} role="status">
          {places === 0 ? s.nothingFound : s.found(places, fields.filter((f) => !f.kept).length)}
          {form.restored > 0 ? ` ${s.restored(form.restored)}` : ""}
        </Text>
      )}

      {form.undo && (
        <MessageBar intent="info">
          <MessageBarBody>{s.carried}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={runUndoCarry} disabled={working}>
              {s.undo}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}

      {report && (
        <MessageBar intent={report.skipped.length || report.interrupted ? "warning" : "success"}>
          <MessageBarBody>
            {report.interrupted && <div>{pick(report.interrupted, locale)}</div>}
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

      {report && report.filled > 0 && <CheckAfterFill after={report} />}

      {showImport && scan && <ImportPanel fields={fields} onMatched={(result) => dispatch({ type: "imported", matched: result.matched })} />}

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
                    reportSave(METRICS_SETTINGS_STORAGE_KEY, saveMetricsSettings({ decimals: next }));
                  }}
                />
              </Field>
            ))}
          </div>
        </section>
      )}

      <div
        onFocus={() => setKeyboardInForm(true)}
        onBlur={(e) => !e.currentTarget.contains(e.relatedTarget as Node | null) && setKeyboardInForm(false)}
        style={{ display: "contents" }}
      >
      {sections.map(({ section, kept, fields: inSection }) => {
        const title = kept ? s.keptSection : section || s.sectionFront;
        return (
          <section key={kept ? "kept" : section || "front"} aria-label={title}>
            <h3 className={styles.section}>{title}</h3>
            {kept && <Text size={200}>{s.keptHint}</Text>}
            <ul className={styles.list} aria-label={s.fieldsOf(title)}>
              {inSection.map((f) => (
                <FieldCard
                  key={f.group}
                  field={f}
                  pairUnit={f.growthUnit === "%" ? fields.find((o) => o.group === f.baseGroup)?.unit : undefined}
                  baseLabel={fields.find((o) => o.group === f.baseGroup)?.label}
                  paragraphs={scan?.paragraphs ?? []}
                  value={form.values[f.group] ?? ""}
                  derived={form.derived[f.group] ?? (f.growthUnit ? { on: false, current: "", previous: "" } : undefined)}
                  check={check.fields[f.group]}
                  mergeTargets={mergeTargetsOf(f)}
                  disabled={working}
                  onValue={(value) => {
                    setProblem(null);
                    setJustFilled(null);
                    dispatch({ type: "value", group: f.group, value });
                  }}
                  onDerived={(input) => {
                    setJustFilled(null);
                    dispatch({ type: "derived", group: f.group, input });
                  }}
                  onLocate={locate}
                  onSplit={(m) => dispatch({ type: "split", group: f.group, placeholderId: m.id })}
                  onMerge={(target) => dispatch({ type: "merge", from: f.group, into: target.group })}
                />
              ))}
            </ul>
          </section>
        );
      })}
      </div>

      <Dialog open={confirmCarry} onOpenChange={(_, d) => setConfirmCarry(d.open)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{s.carryTitle}</DialogTitle>
            <DialogContent>{s.carryBody(toCarry)}</DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={() => setConfirmCarry(false)}>
                {s.cancel}
              </Button>
              <Button appearance="primary" onClick={runCarry}>
                {s.carryConfirm}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
