import { useState, type ReactNode } from "react";
import { Button, MessageBar, MessageBarBody, Radio, RadioGroup, makeStyles, tokens } from "@fluentui/react-components";
import { readTitleCandidates, type TitleCandidates, type TitleChoice } from "../../word";
import { defineStrings } from "../i18n/strings";
import { useWordAction } from "../shell/useWordAction";

const useStrings = defineStrings({
  "zh-CN": {
    heading: "请确认报告标题",
    above: (n: number) => `标题上方有 ${n} 行文字，像是模板或网站广告（不是版头）：一键排版不会给它们套用格式。`,
    guess: "没有找到“……报告”“……总结”这样的标题，下面是推测的标题。",
    pick: "排成 2 号居中标题的一行：",
    go: "用这一行排版",
    cancel: "取消",
    templateLines: (n: number) => `标题上方 ${n} 行模板或广告文字未套用格式，可在“检查”中删除。`,
  },
  "en-US": {
    heading: "Confirm the report's title",
    above: (n: number) => `${n} line(s) above the title look like template or advertising lines (not a 版头): 一键排版 leaves them unformatted.`,
    guess: "No title such as “……报告” or “……总结” was found; below is a guess.",
    pick: "The line to set as the centred title:",
    go: "Format with this title",
    cancel: "Cancel",
    templateLines: (n: number) => `${n} template or advertising line(s) above the title were left unformatted; 检查 can remove them.`,
  },
});

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  line: { overflowWrap: "anywhere" },
});

/** The line under a report's list: how many template lines 一键排版 left unstyled (roles "template"). */
export function TemplateLinesNote({ roles }: { roles: Record<number, string> }) {
  const s = useStrings();
  const n = Object.values(roles).filter((r) => r === "template").length;
  return n > 0 ? <li>{s.templateLines(n)}</li> : null;
}

/**
 * Before 一键排版 writes anything: reads the title it would use; when that is uncertain (text above
 * it, or no title pattern), shows the line chosen and lets the person pick another, then proceeds
 * with the choice. `element` is the chooser to render; `before(proceed)` starts the check.
 */
export function useTitleCheck(): { before: (proceed: (choice?: TitleChoice) => void) => Promise<void>; element: ReactNode } {
  const { run } = useWordAction();
  const [pending, setPending] = useState<{ found: TitleCandidates; proceed: (choice?: TitleChoice) => void } | null>(null);
  const [picked, setPicked] = useState<number | null>(null);

  const before = async (proceed: (choice?: TitleChoice) => void) => {
    const read: { found?: TitleCandidates } = {};
    // The read runs in the pane's Word queue; formatting (`proceed`) queues after it has finished.
    await run(async () => {
      read.found = await readTitleCandidates();
    });
    const found = read.found;
    if (!found) return;
    if (!found.uncertain || !found.title) return proceed(found.title ? { titleParagraph: found.title.paragraph, titleText: found.title.text } : undefined);
    setPicked(found.title.paragraph);
    setPending({ found, proceed });
  };

  const element = pending ? (
    <TitleChooserPanel
      found={pending.found}
      picked={picked}
      onPick={setPicked}
      onCancel={() => setPending(null)}
      onGo={() => {
        const line = pending.found.candidates.find((c) => c.paragraph === picked);
        setPending(null);
        pending.proceed(line ? { titleParagraph: line.paragraph, titleText: line.text } : undefined);
      }}
    />
  ) : null;
  return { before, element };
}

function TitleChooserPanel(props: { found: TitleCandidates; picked: number | null; onPick: (p: number) => void; onCancel: () => void; onGo: () => void }) {
  const s = useStrings();
  const styles = useStyles();
  const { found } = props;
  const aboveTitle = found.template.length;
  return (
    <section className={styles.root} aria-labelledby="title-chooser-heading" data-title-chooser>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <strong id="title-chooser-heading">{s.heading}</strong> {aboveTitle > 0 ? s.above(aboveTitle) : s.guess}
        </MessageBarBody>
      </MessageBar>
      <RadioGroup aria-label={s.pick} value={props.picked === null ? "" : String(props.picked)} onChange={(_, d) => props.onPick(Number(d.value))}>
        {found.candidates.map((c) => (
          <Radio key={c.paragraph} value={String(c.paragraph)} label={<span className={styles.line}>{c.text}</span>} />
        ))}
      </RadioGroup>
      <div className={styles.row}>
        <Button appearance="primary" size="small" disabled={props.picked === null} onClick={props.onGo}>
          {s.go}
        </Button>
        <Button size="small" onClick={props.onCancel}>
          {s.cancel}
        </Button>
      </div>
    </section>
  );
}
