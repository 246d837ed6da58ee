import { useEffect, useMemo, useRef, useState } from "react";
import {
  Button,
  Divider,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Select,
  Switch,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { fontFallbacks, formatPresets, resolveFonts, validateProfile, type FormatProfile } from "../../core/format";
import type { SourcedProfile } from "../../core/packs";
import type { LengthTarget } from "../../core/checks";
import { detectCapabilities } from "../../word";
import { formatDocument, undoFormat, type ExistingStylesChoice, type FormatProgress, type FormatReport, type TitleChoice, type UndoFormatReport } from "../../word";
import { TemplateLinesNote, useTitleCheck } from "./TitleChooser";
import { pick } from "../i18n/locale";
import { useLocale } from "../i18n/strings";
import { useWordAction } from "../shell/useWordAction";
import { CheckSection } from "./CheckSection";
import { detectInstalledFonts } from "./fontDetect";
import { ProfileEditor } from "./ProfileEditor";
import { FORMAT_SETTINGS_NAME, loadSettings, saveSettings, SETTINGS_KEY, type FormatSettings } from "./settings";
import { useSaveReporter, useUnreadableNotice } from "../shell/storageNotices";
import { useFormatStrings } from "./strings";
import { usePackStrings } from "../content/strings";
import { useContent } from "../content/useContent";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, paddingBottom: tokens.spacingVerticalM },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  // Font names such as 仿宋_GB2312 have no break opportunity of their own: break them at the pane's
  // edge. Chromium trims the space of adjacent full-width punctuation (“。）”) when it fits a line,
  // then paints it whole, 4 px past the edge: no trimming here.
  note: { overflowWrap: "anywhere", textSpacingTrim: "space-all" },
});

const PHASE_VALUE: Record<FormatProgress["phase"], number> = { read: 0.1, styles: 0.3, write: 0.6, done: 1 };

/** Every font a profile may end up using: its own and their fallbacks (for detection). */
function fontsOf(profile: FormatProfile): string[] {
  const names = new Set<string>();
  for (const role of Object.values(profile.roles ?? {})) {
    for (const font of [role?.eastAsianFont, role?.latinFont]) {
      if (typeof font !== "string" || !font.trim()) continue;
      names.add(font);
      (fontFallbacks[font] ?? []).forEach((f) => names.add(f.font));
    }
  }
  return [...names];
}

const sameProfile = (a: FormatProfile, b: FormatProfile) => JSON.stringify(a) === JSON.stringify(b);

/** 排版与检查: one-click GB/T 9704 format with an editable profile, and the draft checker. */
export function FormatTab() {
  const styles = useStyles();
  const [initial] = useState(() => loadSettings());
  const [settings, setSettings] = useState<FormatSettings>(initial.settings);

  // Unreadable settings are backed up after the first paint and reported; settings are saved only
  // once changed (opening the tab writes nothing), and a refused save is reported.
  useUnreadableNotice(SETTINGS_KEY, initial.corrupt, FORMAT_SETTINGS_NAME);
  const reportSave = useSaveReporter();
  useEffect(() => {
    if (settings !== initial.settings) reportSave(SETTINGS_KEY, saveSettings(settings));
  }, [settings, initial.settings, reportSave]);

  const update = (patch: Partial<FormatSettings>) => setSettings((prev) => ({ ...prev, ...patch }));
  // A content pack's profiles: offered as presets, or, when an administrator locked one, the only profile.
  const { merged } = useContent();

  return (
    <div className={styles.root}>
      <FormatSection settings={settings} update={update} locked={merged.lockedProfile} packProfiles={merged.profiles} />
      <Divider />
      <CheckSection target={settings.lengthTarget} onTargetChange={(lengthTarget: LengthTarget) => update({ lengthTarget })} />
    </div>
  );
}

function FormatSection({
  settings,
  update,
  locked,
  packProfiles,
}: {
  settings: FormatSettings;
  update: (patch: Partial<FormatSettings>) => void;
  locked: SourcedProfile | null;
  packProfiles: readonly SourcedProfile[];
}) {
  const styles = useStyles();
  const s = useFormatStrings();
  const packStrings = usePackStrings();
  const locale = useLocale();
  // The profile 一键排版 uses: the locked one while its pack is loaded, else the person's own.
  const profile = locked ? locked.profile : settings.profile;
  const lockedBy = locked?.source.kind === "pack" ? pick(locked.source.name, locale) : "";
  const presets = useMemo(() => [...formatPresets, ...packProfiles.filter((p) => !p.locked).map((p) => p.profile)], [packProfiles]);
  const presetLabel = (p: FormatProfile) => {
    const from = packProfiles.find((x) => x.profile === p)?.source;
    return from?.kind === "pack" ? packStrings.packProfile(pick(p.name, locale), pick(from.name, locale)) : pick(p.name, locale);
  };
  const [progress, setProgress] = useState<FormatProgress | null>(null);
  const [report, setReport] = useState<FormatReport | null>(null);
  const [undone, setUndone] = useState<UndoFormatReport | null>(null);
  const { busy: action, run: runAction } = useWordAction();
  const busy = action !== null;

  const validation = useMemo(() => validateProfile(profile), [profile]);
  const fontNames = useMemo(() => fontsOf(profile), [profile]);
  const installed = useMemo(() => detectInstalledFonts(fontNames), [fontNames]);
  const fonts = validation.ok ? resolveFonts(validation.profile, installed) : null;
  const presetId = locked ? profile.id : (presets.find((p) => sameProfile(p, settings.profile))?.id ?? "custom");
  const margins = (validation.ok ? validation.profile : formatPresets[0]!).pageMargins;

  const missingFonts = (() => {
    if (!fonts || fonts.unknown || !installed) return [];
    const own = new Set<string>();
    for (const role of Object.values(profile.roles)) [role.eastAsianFont, role.latinFont].forEach((f) => own.add(f));
    return [...own].filter((f) => !installed.has(f));
  })();
  const substitutions = fonts ? [...new Map(fonts.substitutions.map((x) => [`${x.from}→${x.to}`, x])).values()] : [];

  const abort = useRef<AbortController | null>(null);
  const titleCheck = useTitleCheck();
  // The title picked for this run; the "use the document's styles / replace" choice re-runs with it.
  const chosenTitle = useRef<TitleChoice | undefined>(undefined);
  const run = (existingStyles: ExistingStylesChoice = "ask", title: TitleChoice | undefined = chosenTitle.current) => {
    chosenTitle.current = title;
    return runAction(async () => {
      if (!validation.ok) return;
      setReport(null);
      setUndone(null);
      abort.current = new AbortController();
      try {
        const result = await formatDocument(validation.profile, setProgress, {
          availableFonts: settings.substituteFonts ? installed : null,
          signal: abort.current.signal,
          existingStyles,
          ...title,
        });
        setReport(result);
      } finally {
        abort.current = null;
        setProgress(null);
      }
    });
  };

  const undo = () =>
    runAction(async () => {
      setReport(null);
      setUndone(await undoFormat());
    });
  const list = (ps: number[]) => s.paragraphList(ps);
  const trackingLost = report?.tracking && report.tracking.before !== report.tracking.after ? report.tracking : null;

  const phaseText = progress
    ? { read: s.phaseRead, styles: s.phaseStyles, write: s.phaseWrite, done: s.phaseDone }[progress.phase]
    : "";
  const web = useMemo(() => detectCapabilities(), []);

  return (
    <section className={styles.section} aria-labelledby="format-heading">
      <h2 id="format-heading" className={styles.heading}>{s.formatHeading}</h2>
      {locked && (
        <MessageBar intent="info" layout="multiline" data-profile-locked>
          <MessageBarBody>{packStrings.lockedBy(lockedBy)}</MessageBarBody>
        </MessageBar>
      )}
      <Field label={s.preset} size="small">
        <Select
          size="small"
          value={presetId}
          disabled={locked !== null}
          onChange={(_, d) => {
            const preset = presets.find((p) => p.id === d.value);
            if (preset) update({ profile: structuredClone(preset) });
          }}
        >
          {locked ? (
            <option value={profile.id}>{presetLabel(profile)}</option>
          ) : (
            presets.map((p) => (
              <option key={p.id} value={p.id}>
                {presetLabel(p)}
              </option>
            ))
          )}
          {presetId === "custom" && <option value="custom">{s.customPreset}</option>}
        </Select>
      </Field>
      <ProfileEditor profile={profile} readOnly={locked !== null} errors={validation.ok ? [] : validation.errors} onChange={(next) => update({ profile: next })} />
      <Switch
        label={s.substitute}
        checked={settings.substituteFonts}
        onChange={(_, d) => update({ substituteFonts: d.checked })}
      />
      <Text size={200} role="note" className={styles.note}>
        {installed === null
          ? s.fontsUnknown
          : missingFonts.length === 0
            ? s.fontsAllPresent
            : [
                s.fontsMissing(missingFonts.join(s.listSeparator)),
                settings.substituteFonts && substitutions.length
                  ? s.fontsSubstituted(substitutions.map((x) => `${x.from} → ${x.to}`).join(s.listSeparator))
                  : "",
                s.fontsNote,
              ]
                .filter(Boolean)
                .join(s.sentenceGap)}
      </Text>
      {!validation.ok && (
        <MessageBar intent="error">
          <MessageBarBody>{s.invalidProfile}</MessageBarBody>
        </MessageBar>
      )}
      <Text size={200}>{s.rebuildNote}</Text>
      <div className={styles.row}>
        <Button appearance="primary" size="small" disabled={busy || !validation.ok} onClick={() => void titleCheck.before((title) => run("ask", title))}>
          {busy ? s.formatting : s.formatButton}
        </Button>
        <Button size="small" disabled={busy} onClick={undo} title={s.undoNote}>
          {s.undoButton}
        </Button>
        {progress && progress.phase !== "done" && (
          <Button size="small" onClick={() => abort.current?.abort()}>
            {s.cancel}
          </Button>
        )}
      </div>
      {titleCheck.element}
      {progress && (
        <Field label={phaseText} size="small">
          <ProgressBar value={PHASE_VALUE[progress.phase]} thickness="large" />
        </Field>
      )}
      {report?.needsChoice && (
        <MessageBar intent="warning" layout="multiline" data-existing-styles>
          <MessageBarBody>
            <Text block>{s.existingAsk(report.existingStyles.join(s.listSeparator))}</Text>
            <ul className={styles.list}>
              <li>
                <Button size="small" disabled={busy} onClick={() => run("use-document")}>{s.useDocument}</Button> {s.useDocumentHint}
              </li>
              <li>
                <Button size="small" disabled={busy} onClick={() => run("replace")}>{s.replaceStyles}</Button> {s.replaceHint}
              </li>
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {undone && (
        <MessageBar intent={undone.refused.length || undone.notRestored.length ? "warning" : "success"} layout="multiline" data-undo-report>
          <MessageBarBody>
            <ul className={styles.list} aria-label={s.undoButton}>
              <li>{s.undoDone(undone.restored)}</li>
              {undone.sections.recorded > 0 && <li>{s.undoSections(undone.sections.restored, undone.sections.recorded)}</li>}
              {undone.refused.some((r) => r.paragraph >= 0) && <li>{s.undoRefused(list(undone.refused.filter((r) => r.paragraph >= 0).map((r) => r.paragraph)))}</li>}
              {undone.refused.some((r) => r.paragraph < 0) && <li>{s.undoRefusedGone(undone.refused.filter((r) => r.paragraph < 0).length)}</li>}
              {undone.notRestored.length > 0 && <li>{s.undoNotRestored(list(undone.notRestored))}</li>}
              {undone.tracking && <li>{s.undoTracking(s.trackingName(undone.tracking.wanted), s.trackingName(undone.tracking.after))}</li>}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {report && !report.needsChoice && (
        <MessageBar intent={report.interrupted || report.notStyled.length || trackingLost ? "warning" : "success"} layout="multiline">
          <MessageBarBody>
            <ul className={styles.list} aria-label={s.formatHeading}>
              <li>{s.formatDone(report.styled, validation.ok ? validation.profile.lineSpacingPt : 28)}</li>
              {report.runInHeadings > 0 && <li>{s.runIns(report.runInHeadings)}</li>}
              {report.notStyled.length > 0 && <li>{s.notStyled(report.notStyled.length)}</li>}
              {report.directFormatting > 0 && <li>{s.directFormatting(report.directFormatting) + s.directAt(list(report.directFormattingParagraphs))}</li>}
              {report.inTables > 0 && <li>{s.inTables(report.inTables)}</li>}
              {report.pictures.length + report.captions.length > 0 && <li>{s.pictures(report.pictures.length + report.captions.length)}</li>}
              {report.tocLines.length > 0 && <li>{s.tocLines(report.tocLines.length)}</li>}
              {report.emphasis.restored.length > 0 && <li>{s.emphasisRestored(list(report.emphasis.restored))}</li>}
              {report.emphasis.lost.length > 0 && <li>{s.emphasisLost(list(report.emphasis.lost))}</li>}
              <TemplateLinesNote roles={report.roles} />
              <li>{{ defined: s.stylesDefined, redefined: s.stylesRedefined, unchanged: s.stylesUnchanged, "kept-old-definitions": s.stylesKept, "document-definitions": s.stylesDocument, "not-verified": s.stylesNotVerified }[report.styles]}</li>
              {report.page.applied && <li>{s.pageApplied}</li>}
              {report.page.sectionsLeft.length > 0 && <li>{s.sectionsLeft(report.page.sectionsLeft.map((x) => s.sectionName(x.section)).join(s.listSeparator))}</li>}
              {report.cleanedUp > 0 && <li>{s.cleanedUp(report.cleanedUp)}</li>}
              {report.keptTyping.length > 0 && <li>{s.keptTyping(report.keptTyping)}</li>}
              {trackingLost && <li>{s.trackingChanged(s.trackingName(trackingLost.before), s.trackingName(trackingLost.after))}</li>}
              {report.interrupted && <li>{s.interrupted(pick(report.interrupted, locale))}</li>}
              {report.leftover && <li>{s.leftover(list(report.leftover.oldStyle), list(report.leftover.newStyle), list(report.leftover.normal))}</li>}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {!(report?.page.applied ?? web.pageSetup) && (
        <Text size={200} role="note" data-web={web.web ? "true" : "false"}>
          {s.margins(margins.top, margins.bottom, margins.left, margins.right)}
        </Text>
      )}
    </section>
  );
}
