/**
 * 起草助手: an action on the selection or the cursor's section is sent to the organisation's model
 * (after the guards: configured, endpoint shown, allowed by CSP, no classified text); the answer
 * streams into the pane, never the document; it is shown against the original, checked (提法,
 * punctuation, numbering) and its unsupported figures marked; 插入/替换 stay disabled until every
 * such figure is removed, corrected or confirmed, and then write through the Word layer.
 */
import { startTransition, useMemo, useRef, useState } from "react";
import {
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Select,
  Spinner,
  Switch,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  answerParagraphs,
  buildMessages,
  classificationRefusal,
  describeDraftingError,
  diffText,
  DRAFT_ACTIONS,
  findHint,
  findTarget,
  requestSources,
  reviewDraft,
  splitInlineReasoning,
  type DraftAction,
  type DraftRequest,
  type DraftTarget,
} from "../../core/drafting";
import { isFormKey } from "../../core/metrics";
import { loadedPacksOf } from "../content/store";
import { useContent } from "../content/useContent";
import { pick } from "../i18n/locale";
import { useLocale } from "../i18n/strings";
import { useNotify } from "../shell/notify";
import { useWordAction } from "../shell/useWordAction";
import { readDraftingSource, writeDraft } from "../../word";
import { DraftingError, listModels, partialOf, streamChat } from "./client";
import { resolveDrafting } from "./config";
import { DiffView, FigureMarks, LiveStream, ReasoningFold } from "./DraftView";
import { createStreamBuffer } from "./streamBuffer";
import { loadDraftingSettings, saveDraftingSettings, type DraftingSettings } from "./settings";
import { bothLanguages, useDraftingStrings } from "./strings";
import { untranslated, type Bilingual } from "../../core/text/bilingual";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalM, minWidth: 0 },
  headRow: { display: "flex", justifyContent: "space-between", alignItems: "center", gap: tokens.spacingHorizontalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-end", flexWrap: "wrap", minWidth: 0 },
  grow: { flex: "1 1 120px", minWidth: 0 },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  figureRow: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, flexWrap: "wrap" },
  figureText: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
  settings: { border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingHorizontalS },
  summary: { cursor: "pointer", fontSize: tokens.fontSizeBase200 },
  // Endpoints and server messages are long unbroken strings: they wrap anywhere rather than widen the pane.
  wrap: { minWidth: 0, "& .fui-MessageBarBody": { overflowWrap: "anywhere", minWidth: 0 } },
});

type Phase =
  | { kind: "idle" }
  | { kind: "working"; step: "reading" | "waiting" | "streaming" }
  | { kind: "review" };

interface Drafted {
  request: DraftRequest;
  target: DraftTarget;
  /** The original paragraphs, for the diff. */
  original: string;
}

const ACTION_LABEL: Record<DraftAction, "expand" | "continue" | "polish" | "formalize" | "shorten" | "outlineToBody" | "generateSection"> = {
  expand: "expand",
  continue: "continue",
  polish: "polish",
  formalize: "formalize",
  shorten: "shorten",
  outlineToBody: "outlineToBody",
  generateSection: "generateSection",
};

/** The sentence around [start, end) of `text`, to remove with its figure. */
function sentenceAround(text: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && !/[。；！？\n]/.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !/[。；！？\n]/.test(text[to]!)) to++;
  if (to < text.length && text[to] !== "\n") to++;
  return [from, to];
}

export function DraftingPage({ onBack }: { onBack?: () => void }) {
  const s = useDraftingStrings();
  const styles = useStyles();
  const locale = useLocale();
  const notify = useNotify();
  const { state, merged } = useContent();
  const { busy, run } = useWordAction<"read" | "write">();
  const [settings, setSettings] = useState<DraftingSettings>(() => loadDraftingSettings());
  const [form, setForm] = useState<DraftingSettings>(settings);
  const [models, setModels] = useState<string[]>([]);
  const resolved = useMemo(() => resolveDrafting(loadedPacksOf(state.sources), settings), [state.sources, settings]);
  const config = resolved.config;

  const [action, setAction] = useState<DraftAction>("polish");
  const [length, setLength] = useState("200");
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  // The stream lives outside React state: one update per animation frame, to the two components
  // that show it; this page renders when the phase changes, not per token.
  const [buffer] = useState(() => createStreamBuffer());
  const [reasoning, setReasoning] = useState("");
  const [drafted, setDrafted] = useState<Drafted | null>(null);
  // The draft as shown and edited (`text`), and as last checked (`checkedText`). A new draft or a
  // removed sentence is checked at once (both set together); the person's typing updates
  // `checkedText` in a transition, so a keystroke never waits for the checks.
  const [text, setTextNow] = useState("");
  const [checkedText, setCheckedText] = useState("");
  const setText = (value: string) => {
    setTextNow(value);
    setCheckedText(value);
  };
  const editText = (value: string) => {
    setTextNow(value);
    startTransition(() => setCheckedText(value));
  };
  const [accepted, setAccepted] = useState<ReadonlySet<string>>(new Set());
  const [message, setMessage] = useState<{ intent: "error" | "warning" | "info"; text: Bilingual } | null>(null);
  const abort = useRef<AbortController | null>(null);

  // The figure guard, 检查 and the diff follow the person's edits at low priority; while they lag
  // behind the text, 插入/替换 stay disabled, so nothing is written that the guard has not seen in full.
  const checking = checkedText !== text;
  const paragraphs = useMemo(() => answerParagraphs(checkedText), [checkedText]);
  const review = useMemo(() => {
    if (!drafted) return null;
    return reviewDraft(paragraphs, requestSources(drafted.request), { accepted, year: new Date().getFullYear(), tifa: merged.tifaEntries });
  }, [paragraphs, drafted, accepted, merged.tifaEntries]);
  const diff = useMemo(() => (drafted ? diffText(drafted.original, paragraphs.join("\n")) : []), [drafted, paragraphs]);

  const hints = useMemo(
    () => merged.genres.flatMap((g) => g.sections.flatMap((sec) => [{ title: sec.title, hint: pick(sec.hint, "zh-CN") }, ...sec.subsections.map((sub) => ({ title: sub.title, hint: pick(sub.hint, "zh-CN") }))])),
    [merged.genres],
  );

  const saveSettings = (next: DraftingSettings) => {
    const result = saveDraftingSettings(next);
    if (!result.ok) {
      notify.show("error", result.error);
      return false;
    }
    setSettings(next);
    return true;
  };

  const fetchModels = async () => {
    const endpoint = resolved.locked ? resolved.pack!.endpoint : form.endpoint.trim().replace(/\/+$/, "");
    try {
      const list = await listModels(endpoint, form.apiKey || undefined);
      setModels(list);
      if (!form.model && list[0]) setForm({ ...form, model: list[0] });
    } catch (error) {
      setMessage({ intent: "error", text: error instanceof DraftingError ? describeDraftingError(error.kind, error.detail) : untranslated(String(error)) });
    }
  };

  const start = async () => {
    if (!config) return;
    setMessage(null);
    setDrafted(null);
    setText("");
    buffer.reset();
    setReasoning("");
    setAccepted(new Set());
    let prepared: { request: DraftRequest; target: DraftTarget } | null = null;
    setPhase({ kind: "working", step: "reading" });
    await run(async () => {
      const source = await readDraftingSource();
      const target = findTarget(action, source.paragraphs, source.place);
      const heading = target.heading?.title;
      const hint = heading ? findHint(hints, heading) : undefined;
      const values = Object.entries(source.stored?.values ?? {})
        .filter(([key, value]) => !isFormKey(key) && value.trim())
        .map(([label, value]) => ({ label, value }));
      const request: DraftRequest = {
        action,
        text: target.texts.join("\n"),
        ...(heading ? { heading } : {}),
        ...(hint && (action === "expand" || action === "generateSection") ? { hint } : {}),
        ...(values.length ? { values } : {}),
        ...(action === "shorten" ? { targetLength: Math.max(10, Number(length) || 200) } : {}),
        ...(config.systemPrompt ? { organisationPrompt: config.systemPrompt } : {}),
      };
      const needsText = action === "continue" || action === "polish" || action === "formalize" || action === "shorten" || action === "outlineToBody";
      if (needsText && !request.text.trim()) {
        setMessage({ intent: "warning", text: bothLanguages((t) => t.noText) });
        return;
      }
      const hit = classificationRefusal(source.paragraphs, [target.heading?.text ?? "", ...target.texts, hint ?? ""], config.classifiedTerms);
      if (hit) {
        setMessage({ intent: "warning", text: bothLanguages((t) => t.classified(hit.text)) });
        return;
      }
      prepared = { request, target };
    }, "read");
    if (!prepared) {
      setPhase({ kind: "idle" });
      return;
    }
    const { request, target } = prepared as { request: DraftRequest; target: DraftTarget };
    const controller = new AbortController();
    abort.current = controller;
    setPhase({ kind: "working", step: "waiting" });
    let content = "";
    let thinking = "";
    let failure: unknown = null;
    let streaming = false;
    try {
      const result = await streamChat({
        endpoint: config.endpoint,
        model: config.model,
        messages: buildMessages(request),
        ...(settings.apiKey ? { apiKey: settings.apiKey } : {}),
        signal: controller.signal,
        onDelta: (delta) => {
          buffer.append(delta);
          if (!streaming) {
            streaming = true;
            setPhase({ kind: "working", step: "streaming" });
          }
        },
      });
      content = result.content;
      thinking = result.reasoning;
    } catch (error) {
      failure = error;
      const partial = partialOf(error);
      content = partial?.content ?? "";
      thinking = partial?.reasoning ?? "";
    } finally {
      abort.current = null;
      buffer.flush();
    }
    const inline = splitInlineReasoning(content);
    setReasoning([thinking, inline.reasoning].filter(Boolean).join("\n"));
    if (failure) {
      const kind = failure instanceof DraftingError ? failure.kind : "network";
      const detail = failure instanceof DraftingError ? failure.detail : {};
      setMessage({ intent: kind === "cancelled" ? "info" : "error", text: describeDraftingError(kind, { ...detail, model: config.model }) });
    }
    const answer = answerParagraphs(inline.content);
    if (answer.length === 0) {
      if (!failure) setMessage({ intent: "warning", text: bothLanguages((t) => t.empty) });
      setPhase({ kind: "idle" });
      return;
    }
    setDrafted({ request, target, original: target.texts.join("\n") });
    setText(answer.join("\n"));
    setPhase({ kind: "review" });
  };

  const write = (mode: "insert" | "replace") => {
    if (!drafted || !review || review.blocking > 0 || checking) return;
    const target = drafted.target;
    void run(async () => {
      const result = await writeDraft({
        mode,
        target: { first: target.first, texts: target.texts },
        heading: target.heading ? { paragraph: target.heading.paragraph, text: target.heading.text } : null,
        paragraphs,
      });
      notify.show(result.verified ? "success" : "warning", result.verified ? bothLanguages((t) => t.written(result.readBack.length)) : bothLanguages((t) => t.writtenMismatch));
      setDrafted(null);
      setText("");
      buffer.reset();
      setPhase({ kind: "idle" });
    }, "write");
  };

  const removeFigureSentence = (paragraph: number, start: number, end: number) => {
    // The figures' offsets are those of the checked text; never cut from a newer edit by them.
    if (checking) return;
    const lines = [...paragraphs];
    const line = lines[paragraph] ?? "";
    const [from, to] = sentenceAround(line, start, end);
    lines[paragraph] = line.slice(0, from) + line.slice(to);
    setText(lines.filter((l) => l.trim()).join("\n"));
  };

  const working = phase.kind === "working";
  const confirmed = config !== null && settings.confirmedEndpoint === config.endpoint;
  const where = drafted
    ? drafted.target.heading && drafted.target.texts.length !== 1
      ? s.sectionWhere(drafted.target.heading.title)
      : drafted.target.texts.length > 1
        ? s.selectionWhere(drafted.target.texts.length)
        : drafted.target.heading
          ? s.sectionWhere(drafted.target.heading.title)
          : s.paragraphWhere
    : "";

  return (
    <section className={styles.root} aria-labelledby="drafting-heading">
      <div className={styles.headRow}>
        <h2 id="drafting-heading" className={styles.heading}>
          {s.heading}
        </h2>
        {onBack && (
          <Button size="small" onClick={onBack}>
            {s.back}
          </Button>
        )}
      </div>
      <Caption1>{s.intro}</Caption1>

      {resolved.pack && (
        <Caption1 data-testid="drafting-pack">
          {(resolved.locked ? s.fromPackLocked : s.fromPack)(pick(resolved.pack.source.kind === "pack" ? resolved.pack.source.name : untranslated(""), locale))}
        </Caption1>
      )}
      {!config && !resolved.problem && !resolved.blockedOrigin && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{s.off}</MessageBarBody>
        </MessageBar>
      )}
      {resolved.problem && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{pick(resolved.problem, locale)}</MessageBarBody>
        </MessageBar>
      )}
      {resolved.blockedOrigin && (
        <MessageBar className={styles.wrap} intent="warning" layout="multiline">
          <MessageBarBody>{s.cspBlocked(resolved.blockedOrigin)}</MessageBarBody>
        </MessageBar>
      )}

      {config && (
        <>
          <MessageBar className={styles.wrap} intent={confirmed ? "info" : "warning"} layout="multiline" data-testid="drafting-endpoint">
            <MessageBarBody>{s.sendsTo(config.endpoint, config.model)}</MessageBarBody>
            {!confirmed && (
              <MessageBarActions>
                <Button size="small" onClick={() => saveSettings({ ...settings, confirmedEndpoint: config.endpoint })}>
                  {s.confirm}
                </Button>
              </MessageBarActions>
            )}
          </MessageBar>
          <div className={styles.row}>
            <Field label={s.action} size="small" className={styles.grow}>
              <Select size="small" value={action} disabled={working} onChange={(_, d) => setAction(d.value as DraftAction)}>
                {DRAFT_ACTIONS.map((a) => (
                  <option key={a} value={a}>
                    {s[ACTION_LABEL[a]]}
                  </option>
                ))}
              </Select>
            </Field>
            {action === "shorten" && (
              <Field label={s.length} size="small" style={{ width: 88 }}>
                <Input size="small" type="number" min={10} value={length} onChange={(_, d) => setLength(d.value)} />
              </Field>
            )}
          </div>
          <div className={styles.buttons}>
            <Button appearance="primary" size="small" disabled={working || busy !== null || !confirmed} onClick={() => void start()}>
              {s.draft}
            </Button>
            {working && phase.step !== "reading" && (
              <Button size="small" onClick={() => abort.current?.abort()}>
                {s.stop}
              </Button>
            )}
          </div>
        </>
      )}

      {message && (
        <MessageBar className={styles.wrap} intent={message.intent} layout="multiline" data-testid="drafting-message">
          <MessageBarBody>{pick(message.text, locale)}</MessageBarBody>
        </MessageBar>
      )}

      {working && <Spinner size="tiny" labelPosition="after" label={phase.step === "reading" ? s.reading : phase.step === "waiting" ? s.waiting : s.streaming} />}
      <ReasoningFold buffer={buffer} final={working ? null : reasoning} summary={s.reasoning} />
      {working && <LiveStream buffer={buffer} label={s.streaming} />}

      {phase.kind === "review" && drafted && review && (
        <>
          <Caption1>{s.target(where)}</Caption1>
          {drafted.original && (
            <>
              <Caption1>{s.diff}</Caption1>
              <DiffView segments={diff} label={s.diff} />
            </>
          )}
          {review.blocking > 0 ? (
            <MessageBar intent="warning" layout="multiline" data-testid="drafting-figures" aria-busy={checking}>
              <MessageBarBody>{s.figuresTitle(review.blocking)}</MessageBarBody>
            </MessageBar>
          ) : (
            <Caption1 data-testid={checking ? "drafting-figures-checking" : "drafting-figures-ok"} aria-busy={checking}>
              {s.figuresOk}
            </Caption1>
          )}
          {review.blocking > 0 && (
            <>
              <FigureMarks paragraphs={paragraphs} figures={review.figures} label={s.edit} />
              {review.figures.flatMap((list, p) =>
                list.map((f) => (
                  <div key={`${p}:${f.start}`} className={styles.figureRow} data-testid="drafting-figure">
                    <span className={styles.figureText}>{f.text}</span>
                    {/* While the checks catch up with an edit the offsets are stale: 删去所在句 waits (disabled). */}
                    <Button size="small" appearance="subtle" disabled={checking} onClick={() => removeFigureSentence(p, f.start, f.end)}>
                      {s.removeSentence}
                    </Button>
                    <Button size="small" appearance="subtle" onClick={() => setAccepted(new Set([...accepted, f.text]))}>
                      {s.accept}
                    </Button>
                  </div>
                )),
              )}
            </>
          )}
          {review.findings.length > 0 && (
            <div data-testid="drafting-findings">
              <Caption1>{s.findingsTitle(review.findings.length)}</Caption1>
              <ul className={styles.list}>
                {review.findings.slice(0, 20).map((f) => (
                  <li key={f.id}>{pick(f.message, locale)}</li>
                ))}
              </ul>
            </div>
          )}
          <Field label={s.edit} size="small">
            <Textarea value={text} resize="vertical" rows={6} onChange={(_, d) => editText(d.value)} data-testid="drafting-edit" />
          </Field>
          <div className={styles.buttons}>
            <Button appearance="primary" size="small" title={s.insertTitle} disabled={review.blocking > 0 || checking || busy !== null || paragraphs.length === 0} onClick={() => write("insert")}>
              {s.insert}
            </Button>
            <Button size="small" title={s.replaceTitle} disabled={review.blocking > 0 || checking || busy !== null || paragraphs.length === 0 || drafted.target.texts.length === 0} onClick={() => write("replace")}>
              {s.replace}
            </Button>
            <Button size="small" appearance="subtle" onClick={() => { setDrafted(null); setText(""); setPhase({ kind: "idle" }); }}>
              {s.discard}
            </Button>
          </div>
        </>
      )}

      <details open={!config && !resolved.locked} className={styles.settings}>
        <summary className={styles.summary}>{s.settings}</summary>
        <div style={{ display: "flex", flexDirection: "column", gap: 8, marginTop: 8 }}>
          {!resolved.locked && (
            <>
              <Switch label={s.enabled} checked={form.enabled} onChange={(_, d) => setForm({ ...form, enabled: d.checked })} />
              <Field label={s.endpoint} hint={s.endpointHint} size="small">
                <Input size="small" value={form.endpoint} placeholder="https://llm.example.gov.cn/v1" onChange={(_, d) => setForm({ ...form, endpoint: d.value })} />
              </Field>
              <Field label={s.model} hint={s.modelHint} size="small">
                <Input size="small" value={form.model} list="drafting-models" onChange={(_, d) => setForm({ ...form, model: d.value })} />
                <datalist id="drafting-models">
                  {models.map((m) => (
                    <option key={m} value={m} />
                  ))}
                </datalist>
              </Field>
            </>
          )}
          <Field label={s.apiKey} hint={s.apiKeyHint} size="small">
            <Input size="small" type="password" autoComplete="off" value={form.apiKey} onChange={(_, d) => setForm({ ...form, apiKey: d.value })} />
          </Field>
          <div className={styles.buttons}>
            <Button size="small" disabled={!resolved.locked && !form.endpoint.trim()} onClick={() => void fetchModels()}>
              {s.listModels}
            </Button>
            <Button
              size="small"
              appearance="primary"
              onClick={() => {
                if (saveSettings({ ...form, confirmedEndpoint: settings.confirmedEndpoint })) notify.show("success", bothLanguages((t) => t.saved));
              }}
            >
              {s.save}
            </Button>
          </div>
          {models.length > 0 && <Caption1 data-testid="drafting-models">{models.join("、")}</Caption1>}
        </div>
      </details>
    </section>
  );
}
