import { describeWordError, renumberDocument } from "../word";

/**
 * Ribbon function file. Button 重新编号 (manifest: ReportComposer.Renumber) renumbers the whole
 * document without opening the task pane. Word has no notification bar for add-in commands, so a
 * problem is shown in a small Office dialog (this same page, with ?message=…); success is the
 * visible change in the document.
 */
const zh = () => (Office.context.displayLanguage ?? "zh-CN").toLowerCase().startsWith("zh");

async function renumberFromRibbon(event: Office.AddinCommands.Event) {
  try {
    const { changed, skipped, unverified, interrupted } = await renumberDocument();
    // Each count says what the document shows: changed, left as it was, or unknown (review 2, 6a).
    const lines: string[] = [];
    if (interrupted) lines.push(zh() ? `Word 中途停止：${interrupted.zh}` : `Word stopped part-way: ${interrupted.en}`);
    if ((interrupted || skipped.length || unverified.length) && changed.length) lines.push(zh() ? `已改动 ${changed.length} 处序号。` : `${changed.length} ordinal(s) were changed.`);
    if (skipped.length) {
      lines.push(
        zh()
          ? `有 ${skipped.length} 处序号未改动（无法安全定位，或其间文字已改动）；请在任务窗格“排版与检查”中查看。`
          : `${skipped.length} ordinal(s) were left unchanged (not located safely, or edited meanwhile); see Format & check in the task pane.`,
      );
    }
    if (unverified.length) {
      lines.push(zh() ? `有 ${unverified.length} 处序号写入被中断，无法确认是否已改动，请检查。` : `${unverified.length} ordinal write(s) were interrupted; whether they changed is unknown — please check them.`);
    }
    if (lines.length) showMessage(lines.join(zh() ? "" : " "));
  } catch (error) {
    const text = describeWordError(error);
    showMessage(zh() ? text.zh : text.en);
  } finally {
    event.completed();
  }
}

function showMessage(message: string) {
  const url = `${location.origin}${location.pathname}?message=${encodeURIComponent(message)}`;
  Office.context.ui.displayDialogAsync(url, { height: 25, width: 35, displayInIframe: true });
}

const message = new URLSearchParams(location.search).get("message");
if (message) {
  // Opened as the message dialog: show the text, nothing else.
  document.body.textContent = message;
  document.body.style.cssText = "font: 15px 'Microsoft YaHei', 'PingFang SC', sans-serif; padding: 16px;";
} else {
  // Older hosts look the function up by name on the global object; newer ones use associate().
  (globalThis as { renumberDocument?: unknown }).renumberDocument = renumberFromRibbon;
  Office.onReady(() => Office.actions?.associate("renumberDocument", renumberFromRibbon));
}
