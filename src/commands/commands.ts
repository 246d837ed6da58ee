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
    const { skipped } = await renumberDocument();
    if (skipped.length) {
      showMessage(
        zh()
          ? `有 ${skipped.length} 处序号无法安全定位，未改动；请在任务窗格“排版与检查”中查看。`
          : `${skipped.length} ordinal(s) could not be located safely and were left unchanged; see Format & check in the task pane.`,
      );
    }
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
