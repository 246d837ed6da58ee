import { useState } from "react";
import {
  Button,
  Caption1,
  makeStyles,
  tokens,
  useArrowNavigationGroup,
} from "@fluentui/react-components";
import { Delete16Regular, Edit16Regular } from "@fluentui/react-icons";
import type { Snippet } from "../../core/snippets";
import { useLocale } from "../i18n/strings";
import { ConfirmDialog } from "../shell/ConfirmDialog";
import { categoryLabel } from "./labels";
import { useSnippetStrings } from "./strings";

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  label: { flex: 1, minWidth: 0, display: "flex", flexDirection: "column" },
  title: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  hint: { color: tokens.colorNeutralForeground3 },
});

/** 我的短语: the person's own snippets with edit (title, category, text) and delete (confirmed). */
export function MinePanel(props: { snippets: readonly Snippet[]; onEdit(snippet: Snippet): void; onDelete(snippet: Snippet): void }) {
  const strings = useSnippetStrings();
  const locale = useLocale();
  const styles = useStyles();
  const [confirming, setConfirming] = useState<Snippet | null>(null);
  // One tab stop for the whole list; arrow keys move between the edit and delete buttons.
  const navigation = useArrowNavigationGroup({ axis: "grid-linear", memorizeCurrent: true });

  if (!props.snippets.length) return <Caption1 className={styles.hint}>{strings.mineEmpty}</Caption1>;
  return (
    <>
      <ul className={styles.list} aria-label={strings.personalCategory} {...navigation}>
        {props.snippets.map((snippet) => (
          <li key={snippet.id} className={styles.item}>
            <span className={styles.label}>
              <span className={styles.title}>{snippet.title}</span>
              <Caption1 className={styles.hint}>{categoryLabel(snippet.category, locale, strings.personalCategory)}</Caption1>
            </span>
            <Button size="small" appearance="subtle" icon={<Edit16Regular />} aria-label={strings.editNamed(snippet.title)} title={strings.edit} onClick={() => props.onEdit(snippet)} />
            <Button size="small" appearance="subtle" icon={<Delete16Regular />} aria-label={strings.removeNamed(snippet.title)} title={strings.remove} onClick={() => setConfirming(snippet)} />
          </li>
        ))}
      </ul>
      <ConfirmDialog
        open={confirming !== null}
        title={strings.confirmRemoveTitle}
        body={confirming && strings.confirmRemove(confirming.title)}
        confirmLabel={strings.remove}
        onConfirm={() => {
          if (confirming) props.onDelete(confirming);
          setConfirming(null);
        }}
        onCancel={() => setConfirming(null)}
      />
    </>
  );
}
