// The browser preview: the real task pane (same code as in Word) beside a document held by the
// Word runtime double (src/word-double), for machines without Word and for end-to-end tests.
import { createRoot } from "react-dom/client";
import { useEffect, useReducer, useState } from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  FluentProvider,
  Label,
  Select,
  Textarea,
  webLightTheme,
} from "@fluentui/react-components";
import { createWordDouble, type PlatformProfile, type WordDouble } from "../word-double";
import { PESSIMISTIC_MODES, type FidelityModes } from "../word-double/modes";
import { mountTaskpane } from "../taskpane/mount";
import { resolveLocale } from "../taskpane/i18n/locale";
import { DocumentView } from "./DocumentView";
import { samples, toParagraphs } from "./samples";
import "./preview.css";

const params = new URLSearchParams(location.search);
const profile = (["web", "windows", "office2019", "office2016"].includes(params.get("profile") ?? "") ? params.get("profile") : "windows") as PlatformProfile;
const language = params.get("lang") ?? "zh-CN";
const theme = params.get("theme") === "dark" ? "dark" : "light";
const sample = samples.find((s) => s.id === params.get("sample")) ?? samples.find((s) => s.id === "school")!;
const locale = resolveLocale(language);
// Word's task pane is 320–350 px wide by default; ?width=320 shows the pane at that width.
const paneWidth = Number(params.get("width")) || 0;

// ?modes=pessimistic (or a JSON object of fidelity modes) makes the double as unkind as Word may be.
const modes = ((): Partial<FidelityModes> => {
  const given = params.get("modes");
  if (given === "pessimistic") return PESSIMISTIC_MODES;
  try {
    return given ? (JSON.parse(given) as Partial<FidelityModes>) : {};
  } catch {
    console.warn("?modes= is neither 'pessimistic' nor JSON; default modes used");
    return {};
  }
})();
const double = createWordDouble({ profile, displayLanguage: language, theme, modes, paragraphs: toParagraphs(sample.text) });
double.install(window);
// Tests read the document through this handle; a person can too, from the console.
Object.assign(window, {
  __preview: {
    double,
    paragraphTexts: () => double.model.paragraphs.map((p) => p.text),
    load: (text: string) => double.model.load(toParagraphs(text)),
    remountPane: () => remountPane(),
  },
});

const T = {
  "zh-CN": {
    heading: "报告助手 · 浏览器预览",
    note: "左侧文档由 Word 运行时替身模拟；右侧是与 Word 中相同的任务窗格。",
    sample: "示例文档",
    paste: "粘贴文本…",
    pasteTitle: "粘贴文本作为文档",
    pasteHint: "每行一个段落。",
    load: "载入",
    cancel: "取消",
    platform: "平台",
    language: "界面语言",
    theme: "主题",
    light: "浅色",
    dark: "深色",
    syncs: "同步次数",
    document: "预览文档",
    taskpane: "任务窗格",
    profiles: { windows: "Windows 版 Word（Microsoft 365）", web: "Word 网页版", office2019: "Office 2019" },
  },
  "en-US": {
    heading: "Report Composer · browser preview",
    note: "The document on the left is held by the Word runtime double; the task pane on the right is the same as in Word.",
    sample: "Sample document",
    paste: "Paste text…",
    pasteTitle: "Paste text as the document",
    pasteHint: "One paragraph per line.",
    load: "Load",
    cancel: "Cancel",
    platform: "Platform",
    language: "UI language",
    theme: "Theme",
    light: "Light",
    dark: "Dark",
    syncs: "Syncs",
    document: "Preview document",
    taskpane: "Task pane",
    profiles: { windows: "Word for Windows (Microsoft 365)", web: "Word on the web", office2019: "Office 2019" },
  },
}[locale];

function reloadWith(changes: Record<string, string>) {
  const next = new URLSearchParams(location.search);
  for (const [k, v] of Object.entries(changes)) next.set(k, v);
  location.search = next.toString();
}

function SyncCounter({ double }: { double: WordDouble }) {
  const [, refresh] = useReducer((n: number) => n + 1, 0);
  // Read-only syncs change nothing to subscribe to: poll the counter as well.
  useEffect(() => {
    const timer = setInterval(refresh, 400);
    const unsubscribe = double.subscribe(refresh);
    return () => {
      clearInterval(timer);
      unsubscribe();
    };
  }, [double]);
  return (
    <span className="preview-syncs" data-testid="sync-count">
      {T.syncs}: {double.stats.syncs}
    </span>
  );
}

function Preview() {
  const [pasting, setPasting] = useState(false);
  const [pasted, setPasted] = useState("");
  const [sampleId, setSampleId] = useState(sample.id);
  return (
    <FluentProvider theme={webLightTheme} className="preview-root">
      <section className="preview-document">
        <header className="preview-toolbar">
          <h1>{T.heading}</h1>
          <p>{T.note}</p>
          <div className="preview-controls">
            <Label htmlFor="sample">{T.sample}</Label>
            <Select
              id="sample"
              value={sampleId}
              onChange={(_, d) => {
                setSampleId(d.value);
                double.model.load(toParagraphs(samples.find((s) => s.id === d.value)?.text ?? ""));
                double.model.setSelection(0, 0);
                remountPane();
              }}
            >
              {samples.map((s) => (
                <option key={s.id} value={s.id}>
                  {locale === "zh-CN" ? s.name.zh : s.name.en}
                </option>
              ))}
            </Select>
            <Button onClick={() => setPasting(true)}>{T.paste}</Button>
            <Label htmlFor="profile">{T.platform}</Label>
            <Select id="profile" value={profile} onChange={(_, d) => reloadWith({ profile: d.value })}>
              {(["windows", "web", "office2019"] as const).map((p) => (
                <option key={p} value={p}>
                  {T.profiles[p]}
                </option>
              ))}
            </Select>
            <Label htmlFor="lang">{T.language}</Label>
            <Select id="lang" value={locale} onChange={(_, d) => reloadWith({ lang: d.value })}>
              <option value="zh-CN">中文（简体）</option>
              <option value="en-US">English</option>
            </Select>
            <Label htmlFor="theme">{T.theme}</Label>
            <Select id="theme" value={theme} onChange={(_, d) => reloadWith({ theme: d.value })}>
              <option value="light">{T.light}</option>
              <option value="dark">{T.dark}</option>
            </Select>
            <SyncCounter double={double} />
          </div>
        </header>
        <div className="preview-scroll">
          <DocumentView double={double} label={T.document} />
        </div>
      </section>
      <Dialog open={pasting} onOpenChange={(_, d) => setPasting(d.open)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{T.pasteTitle}</DialogTitle>
            <DialogContent>
              <Textarea
                aria-label={T.pasteHint}
                placeholder={T.pasteHint}
                value={pasted}
                onChange={(_, d) => setPasted(d.value)}
                resize="vertical"
                style={{ width: "100%", minHeight: 240 }}
              />
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={() => setPasting(false)}>
                {T.cancel}
              </Button>
              <Button
                appearance="primary"
                onClick={() => {
                  double.model.load(toParagraphs(pasted));
                  double.model.setSelection(0, 0);
                  remountPane();
                  setPasting(false);
                }}
              >
                {T.load}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </FluentProvider>
  );
}

const container = document.getElementById("preview")!;
container.innerHTML = "";
const layout = document.createElement("div");
layout.className = "preview-layout";
const documentSide = document.createElement("div");
documentSide.className = "preview-left";
const taskpane = document.createElement("aside");
taskpane.id = "taskpane";
taskpane.setAttribute("aria-label", T.taskpane);
layout.append(documentSide, taskpane);
container.append(layout);
if (theme === "dark") taskpane.classList.add("dark");
if (paneWidth >= 200 && paneWidth <= 1000) taskpane.style.width = `${paneWidth}px`;

// A new document gets a new pane (as in Word): nothing of the old one's state can reach it.
let pane: ReturnType<typeof mountTaskpane> | null = null;
function remountPane(): void {
  pane?.unmount();
  pane = mountTaskpane(taskpane);
}

createRoot(documentSide).render(<Preview />);
void double.Office.onReady().then(remountPane);
