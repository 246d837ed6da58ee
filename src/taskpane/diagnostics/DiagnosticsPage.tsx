import { useState } from "react";
import { Badge, Button, Field, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { runDiagnostics, type DiagnosticsReport, type ProbeResult, type ProbeStatus } from "../../word";
import { pick } from "../i18n/locale";
import { defineStrings, useLocale } from "../i18n/strings";
import { useNotify } from "../shell/notify";
import { useWordAction } from "../shell/useWordAction";

const useStrings = defineStrings({
  "zh-CN": {
    heading: "诊断",
    intro:
      "诊断会在文档末尾临时插入几段测试文字，测试这台 Word 的实际行为（查找是否区分全角半角、插入 OOXML 后格式是否生效、自定义 XML 部件等），完成后自动删除。请在部署后每个平台运行一次，把报告发给维护人员：它会成为测试用例。",
    run: "运行诊断",
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
      "Diagnostics inserts a few test paragraphs at the end of the document to find out how this Word really behaves (width-insensitive search, whether inserted OOXML formatting applies, custom XML parts …), then removes them. Run it once per platform after deployment and send the report to the maintainers: it becomes a test profile.",
    run: "Run diagnostics",
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
  const json = report ? JSON.stringify(report, null, 2) : "";

  const start = () =>
    run(async () => {
      setResults([]);
      setReport(null);
      const outcome = await runDiagnostics((r) => setResults((list) => [...list, r]));
      setReport(outcome.report);
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
      <div className={styles.row}>
        <Button appearance="primary" size="small" disabled={busy !== null} onClick={start}>
          {busy ? s.running : s.run}
        </Button>
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
