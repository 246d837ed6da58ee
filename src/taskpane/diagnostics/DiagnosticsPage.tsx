import { useState } from "react";
import { Badge, Button, Field, MessageBar, MessageBarBody, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { runDiagnostics, type DiagnosticsCleanup, type DiagnosticsReport, type ProbeResult, type ProbeStatus } from "../../word";
import { pick } from "../i18n/locale";
import { defineStrings, useLocale } from "../i18n/strings";
import { useNotify } from "../shell/notify";
import { useWordAction } from "../shell/useWordAction";

const useStrings = defineStrings({
  "zh-CN": {
    heading: "诊断",
    intro:
      "诊断会在文档末尾临时插入几段以“报告助手诊断”开头的测试文字，测试这台 Word 的实际行为（样式包的每项定义是否生效、套用样式是否清除加粗、图片段落的文字、修订模式能否恢复等），完成后只删除这些测试段落，不动您的文字。请在部署后每个平台运行一次，把报告发给维护人员：它会成为测试用例。",
    saveFirst: "诊断会临时改动文档（最后会删除测试内容）。请先保存文档，以便需要时恢复。修订须处于关闭状态。",
    confirm: "已保存，开始诊断",
    cancel: "取消",
    run: "运行诊断",
    leftForPerson: (n: number) => `有 ${n} 段测试文字在诊断期间被输入了内容，已保留，请自行检查并删除。`,
    emptyLast: "这台 Word 不允许删除文档的最后一段：文末多了一个空段落，可手动删除。",
    styleStays: "这台 Word 不能删除样式：样式列表中留下了“报告助手诊断样式”，不影响正文，可在样式窗格中删除。",
    running: "正在诊断…",
    back: "返回",
    report: "诊断报告（JSON）",
    copy: "复制报告",
    save: "保存为文件",
    copied: "报告已复制。",
    copyFailed: "无法访问剪贴板，请在文本框中全选后复制。",
    expected: "预期",
    observed: "实际",
    status: (st: ProbeStatus) => ({ "as-expected": "符合预期", differs: "与预期不同", unsupported: "不支持", failed: "失败" })[st],
    summary: (n: number, differs: number) => `共 ${n} 项，${differs} 项与预期不同（插件已按两种情况处理）。`,
  },
  "en-US": {
    heading: "Diagnostics",
    intro:
      "Diagnostics inserts a few test paragraphs starting with “报告助手诊断” near the end of the document to find out how this Word really behaves (whether a styles package arrives whole, whether assigning a style clears bold, a picture paragraph's text, whether Track Changes modes restore …), then deletes only those paragraphs; your text is not touched. Run it once per platform after deployment and send the report to the maintainers: it becomes a test profile.",
    saveFirst: "Diagnostics changes the document for a moment (and removes its test content at the end). Save the document first, so you can go back if needed. Track Changes must be off.",
    confirm: "Saved, start",
    cancel: "Cancel",
    run: "Run diagnostics",
    leftForPerson: (n: number) => `${n} test paragraph(s) were typed into during the run and were kept; check and delete them yourself.`,
    emptyLast: "This Word does not delete a document's last paragraph: an empty paragraph was left at the end; delete it by hand.",
    styleStays: "This Word cannot delete styles: the style “报告助手诊断样式” stays in the style list (no text uses it); delete it in the Styles pane.",
    running: "Running…",
    back: "Back",
    report: "Diagnostics report (JSON)",
    copy: "Copy report",
    save: "Save as file",
    copied: "Report copied.",
    copyFailed: "The clipboard is not available; select all in the box and copy.",
    expected: "Expected",
    observed: "Observed",
    status: (st: ProbeStatus) => ({ "as-expected": "As expected", differs: "Differs", unsupported: "Not supported", failed: "Failed" })[st],
    summary: (n: number, differs: number) => `${n} probes, ${differs} differ from the default (the add-in handles both).`,
  },
});

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: 0, listStyle: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: { display: "flex", flexDirection: "column", gap: "2px", overflowWrap: "anywhere" },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

const COLOR: Record<ProbeStatus, "success" | "warning" | "informative" | "danger"> = {
  "as-expected": "success",
  differs: "warning",
  unsupported: "informative",
  failed: "danger",
};

/** 诊断: runs the Word layer's probes and shows each result and the JSON report to send back. */
export function DiagnosticsPage({ onBack }: { onBack?: () => void }) {
  const s = useStrings();
  const styles = useStyles();
  const locale = useLocale();
  const notify = useNotify();
  const { busy, run } = useWordAction();
  const [results, setResults] = useState<ProbeResult[]>([]);
  const [report, setReport] = useState<DiagnosticsReport | null>(null);
  const [cleanup, setCleanup] = useState<DiagnosticsCleanup | null>(null);
  const [confirming, setConfirming] = useState(false);
  const json = report ? JSON.stringify(report, null, 2) : "";

  const start = () =>
    run(async () => {
      setConfirming(false);
      setResults([]);
      setReport(null);
      setCleanup(null);
      const outcome = await runDiagnostics((r) => setResults((list) => [...list, r]));
      setReport(outcome.report);
      setCleanup(outcome.cleanup);
    });
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(json);
      notify.show("success", s.copied);
    } catch {
      notify.show("warning", s.copyFailed);
    }
  };
  const save = () => {
    const url = URL.createObjectURL(new Blob([json], { type: "application/json" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = `report-composer-diagnostics-${new Date().toISOString().slice(0, 10)}.json`;
    a.click();
    URL.revokeObjectURL(url);
  };

  return (
    <section className={styles.root} aria-labelledby="diagnostics-heading">
      <h2 id="diagnostics-heading" className={styles.heading}>{s.heading}</h2>
      <p style={{ margin: 0 }}>{s.intro}</p>
      {confirming && (
        <MessageBar intent="warning" layout="multiline" data-diagnostics-confirm>
          <MessageBarBody>{s.saveFirst}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.row}>
        {confirming ? (
          <>
            <Button appearance="primary" size="small" disabled={busy !== null} onClick={start}>
              {s.confirm}
            </Button>
            <Button size="small" onClick={() => setConfirming(false)}>
              {s.cancel}
            </Button>
          </>
        ) : (
          <Button appearance="primary" size="small" disabled={busy !== null} onClick={() => setConfirming(true)}>
            {busy ? s.running : s.run}
          </Button>
        )}
        {onBack && (
          <Button size="small" onClick={onBack}>
            {s.back}
          </Button>
        )}
      </div>
      {results.length > 0 && (
        <ul className={styles.list} aria-live="polite">
          {results.map((r) => (
            <li key={r.id} className={styles.item} data-probe={r.id} data-status={r.status}>
              <span>
                <Badge appearance="tint" color={COLOR[r.status]}>{s.status(r.status)}</Badge> {pick(r.title, locale)}
              </span>
              {r.status !== "unsupported" && r.expected && (
                <small>
                  {s.expected}: {r.expected} · {s.observed}: {r.observed}
                </small>
              )}
              {(r.status === "unsupported" || !r.expected) && <small>{r.observed}</small>}
            </li>
          ))}
        </ul>
      )}
      {cleanup && (cleanup.leftForPerson.length > 0 || cleanup.emptyLastParagraph || cleanup.probeStyleStays) && (
        <MessageBar intent="warning" layout="multiline" data-diagnostics-left>
          <MessageBarBody>
            {[
              cleanup.leftForPerson.length ? s.leftForPerson(cleanup.leftForPerson.length) : "",
              cleanup.emptyLastParagraph ? s.emptyLast : "",
              cleanup.probeStyleStays ? s.styleStays : "",
            ]
              .filter(Boolean)
              .join(" ")}
          </MessageBarBody>
        </MessageBar>
      )}
      {report && (
        <>
          <p style={{ margin: 0 }}>{s.summary(results.length, results.filter((r) => r.status === "differs").length)}</p>
          <Field label={s.report} size="small">
            <Textarea readOnly value={json} rows={8} resize="vertical" />
          </Field>
          <div className={styles.row}>
            <Button size="small" onClick={copy}>
              {s.copy}
            </Button>
            <Button size="small" onClick={save}>
              {s.save}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
