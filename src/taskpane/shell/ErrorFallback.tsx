/**
 * What an error boundary (ErrorBoundary.tsx) shows once something has failed: the message, 重试,
 * 重新加载, 重置此标签的本地数据 and the download when the backup does not fit. Its own chunk,
 * loaded only then.
 */
import { useState } from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Dismiss16Regular } from "@fluentui/react-icons";
import { pick } from "../i18n/locale";
import { defineStrings, useLocale } from "../i18n/strings";
import { downloadTextFile } from "../snippets/download";
import type { Failure } from "./ErrorBoundary";
import { removeTabData, resetTabData, type ResetResult, type TabStorage } from "./settingsStore";

/** The error as one line for the message (its name and text, not its stack). */
function describeError(error: unknown): string {
  let text: string;
  if (error instanceof Error) text = error.message ? `${error.name}: ${error.message}` : error.name;
  else if (typeof error === "string") text = error;
  else {
    try {
      text = JSON.stringify(error) ?? String(error);
    } catch {
      text = String(error);
    }
  }
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}

/** The file a reset offers when storage is too full to keep the copy. */
function resetDownloadName(tab: string, now: Date = new Date()): string {
  return `report-composer-${tab}-backup-${now.toISOString().slice(0, 19).replace(/[:T]/g, "-")}.json`;
}

const useStrings = defineStrings({
  "zh-CN": {
    shellTitle: "报告助手出错了",
    shellBody: "任务窗格无法显示。可以重试；如果仍然出错，请重新加载任务窗格。本机保存的数据没有改动。",
    tabTitle: (name: string) => `“${name}”出错了`,
    tabBody: (name: string) => `“${name}”无法显示。可以先重试；如果仍然出错，可能是本机保存的数据有问题，可以重置此标签的本地数据（旧数据会先备份）。`,
    detail: "错误信息：",
    retry: "重试",
    reload: "重新加载",
    reset: "重置此标签的本地数据",
    resetting: "正在重置…",
    downloadAndReset: "下载旧数据并重置",
    resetFailed: (reason: string) => `无法备份旧数据（${reason}），没有删除任何数据。可以把旧数据下载为文件后再重置。`,
    loadFailed: (detail: string) => `无法确定此标签保存了哪些数据（${detail}），没有删除任何数据。请重新加载任务窗格后再试。`,
    resetDone: (name: string, n: number, key: string) => `已重置“${name}”的本地数据（${n} 项）。旧数据已备份在本机存储的“${key}”下。`,
    resetEmpty: (name: string) => `“${name}”没有保存在本机的数据，已重新载入。`,
    resetDownloaded: (name: string, file: string) => `已把“${name}”的旧数据下载为文件“${file}”，并重置了本地数据。`,
    dismiss: "关闭",
  },
  "en-US": {
    shellTitle: "Report Composer ran into a problem",
    shellBody: "The task pane cannot be shown. Try again; if it fails again, reload the pane. Nothing saved on this computer was changed.",
    tabTitle: (name: string) => `${name} ran into a problem`,
    tabBody: (name: string) =>
      `${name} cannot be shown. Try again first; if it fails again, the data saved on this computer may be at fault: reset this tab's local data (the old data is backed up first).`,
    detail: "Error: ",
    retry: "Retry",
    reload: "Reload",
    reset: "Reset this tab's local data",
    resetting: "Resetting…",
    downloadAndReset: "Download old data and reset",
    resetFailed: (reason: string) => `The old data could not be backed up (${reason}); nothing was deleted. You can download it as a file and then reset.`,
    loadFailed: (detail: string) => `Could not tell which data this tab keeps (${detail}); nothing was deleted. Reload the pane and try again.`,
    resetDone: (name: string, n: number, key: string) => `${name}: local data reset (${n} item${n === 1 ? "" : "s"}). The old data was backed up in local storage under "${key}".`,
    resetEmpty: (name: string) => `${name} keeps no data on this computer; it was loaded again.`,
    resetDownloaded: (name: string, file: string) => `${name}: the old data was downloaded as "${file}" and the local data was reset.`,
    dismiss: "Dismiss",
  },
});

const useStyles = makeStyles({
  fallback: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, padding: `${tokens.spacingVerticalS} 0` },
  detail: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  shell: { padding: tokens.spacingHorizontalM },
});

/** The whole pane's failure: what happened, 重试, 重新加载. */
export function ShellFallback({ failure: { error }, retry }: { failure: Failure; retry: () => void }) {
  const strings = useStrings();
  const styles = useStyles();
  return (
    <div className={styles.shell}>
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{strings.shellTitle}</MessageBarTitle>
          {strings.shellBody}
          <div className={styles.detail}>
            {strings.detail}
            {describeError(error)}
          </div>
        </MessageBarBody>
      </MessageBar>
      <div className={styles.actions} style={{ marginTop: 8 }}>
        <Button appearance="primary" onClick={retry}>
          {strings.retry}
        </Button>
        <Button onClick={() => location.reload()}>{strings.reload}</Button>
      </div>
    </div>
  );
}

/** After a reset: where the old data went, until dismissed. */
export function ResetNotice({ notice, onDismiss }: { notice: string; onDismiss: () => void }) {
  const strings = useStrings();
  return (
    <MessageBar intent="success" layout="multiline" style={{ marginBottom: 8 }}>
      <MessageBarBody>{notice}</MessageBarBody>
      <MessageBarActions
        containerAction={<Button size="small" appearance="transparent" icon={<Dismiss16Regular />} aria-label={strings.dismiss} onClick={onDismiss} />}
      />
    </MessageBar>
  );
}

type Phase = { step: "idle" } | { step: "working" } | { step: "failed"; declared: TabStorage; result: Extract<ResetResult, { state: "failed" }> } | { step: "unknown"; detail: string };

export function TabFallback(props: {
  tab: string;
  label: string;
  failure: Failure;
  storage?: () => Promise<TabStorage>;
  onRetry(): void;
  onReset(declared: TabStorage, notice: string): void;
}) {
  const strings = useStrings();
  const locale = useLocale();
  const styles = useStyles();
  const [phase, setPhase] = useState<Phase>({ step: "idle" });
  const { tab, label, storage } = props;

  const reset = async () => {
    if (!storage) return;
    setPhase({ step: "working" });
    let declared: TabStorage;
    try {
      declared = await storage();
    } catch (error) {
      setPhase({ step: "unknown", detail: describeError(error) });
      return;
    }
    const result = resetTabData(tab, declared);
    if (result.state === "failed") setPhase({ step: "failed", declared, result });
    else if (result.state === "empty") props.onReset(declared, strings.resetEmpty(label));
    else props.onReset(declared, strings.resetDone(label, result.keys.length, result.backupKey));
  };

  const downloadAndReset = (declared: TabStorage, backup: string) => {
    const file = resetDownloadName(tab);
    downloadTextFile(file, backup);
    removeTabData(declared);
    props.onReset(declared, strings.resetDownloaded(label, file));
  };

  return (
    <div className={styles.fallback} data-testid={`tab-error-${tab}`}>
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{strings.tabTitle(label)}</MessageBarTitle>
          {strings.tabBody(label)}
          <div className={styles.detail}>
            {strings.detail}
            {describeError(props.failure.error)}
          </div>
        </MessageBarBody>
      </MessageBar>
      {phase.step === "failed" && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{strings.resetFailed(pick(phase.result.error, locale))}</MessageBarBody>
        </MessageBar>
      )}
      {phase.step === "unknown" && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{strings.loadFailed(phase.detail)}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" onClick={props.onRetry}>
          {strings.retry}
        </Button>
        {storage && phase.step !== "failed" && (
          <Button disabled={phase.step === "working"} onClick={() => void reset()}>
            {phase.step === "working" ? strings.resetting : strings.reset}
          </Button>
        )}
        {phase.step === "failed" && <Button onClick={() => downloadAndReset(phase.declared, phase.result.backup)}>{strings.downloadAndReset}</Button>}
      </div>
    </div>
  );
}
