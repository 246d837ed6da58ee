/**
 * The personal genre's own buttons (编辑 / 导出 / 删除) under the genre picker. Deleting asks first
 * and can be undone at once. Its own chunk: SkeletonTab mounts it once a genre of the person's own
 * is chosen (and keeps it, so 撤销 outlives the deletion).
 */
import { useState } from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Genre } from "../../core/genres";
import { usePersonalGenresStore, type RemovedGenre } from "../content/personalGenres";
import { ConfirmDialog } from "../shell/ConfirmDialog";
import { useNotify } from "../shell/notify";
import { genreEditing } from "./saveAsSkeleton";
import { downloadGenrePack, packFileName } from "./exportGenre";
import type { GenreDraft } from "./genreDraft";
import { useMineStrings } from "./mineStrings";


const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

/** The personal genre's own buttons (编辑 / 导出 / 删除), shown when one of the person's own is chosen. */
export function PersonalGenreActions(props: {
  /** The genre selected in the picker. */
  genre: Genre;
  /** True when it is one of the person's own. */
  personal: boolean;
  onOpenEditor: (draft: GenreDraft) => void;
}) {
  const { genre } = props;
  const strings = useMineStrings();
  const notify = useNotify();
  const styles = useStyles();
  const genres = usePersonalGenresStore();
  const [confirming, setConfirming] = useState<Genre | null>(null);
  const [removed, setRemoved] = useState<RemovedGenre | null>(null);

  const exportPack = () => {
    downloadGenrePack(genre);
    notify.show("success", strings.exported(packFileName(genre)));
  };

  const remove = () => {
    const target = confirming;
    setConfirming(null);
    if (!target) return;
    const done = genres.remove(target.id);
    if (!done) {
      notify.show("error", strings.storageFailed);
      return;
    }
    setRemoved(done);
  };

  const undo = () => {
    if (!removed) return;
    if (!genres.restore(removed)) {
      notify.show("error", strings.storageFailed);
      return;
    }
    notify.show("success", strings.restored(removed.genre.name.zh));
    setRemoved(null);
  };

  // A built-in or pack genre has no buttons of its own here (存为骨架 is in 更多).
  if (!props.personal && !removed && !confirming) return null;
  return (
    <div className={styles.root}>
      <div className={styles.row}>
        {props.personal && (
          <>
            <Button size="small" aria-label={strings.editLabel(genre.name.zh)} onClick={() => void genreEditing().then(({ draftFromGenre }) => props.onOpenEditor(draftFromGenre(genre, "edit")))}>
              {strings.edit}
            </Button>
            <Button size="small" aria-label={strings.exportLabel(genre.name.zh)} onClick={exportPack}>
              {strings.exportPack}
            </Button>
            <Button size="small" aria-label={strings.removeLabel(genre.name.zh)} onClick={() => setConfirming(genre)}>
              {strings.remove}
            </Button>
          </>
        )}
      </div>

      {removed && (
        <MessageBar intent="info">
          <MessageBarBody>{strings.removed(removed.genre.name.zh)}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={undo}>
              {strings.undo}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}

      <ConfirmDialog
        open={confirming !== null}
        title={strings.removeTitle}
        body={confirming && strings.removeBody(confirming.name.zh)}
        confirmLabel={strings.removeConfirm}
        onConfirm={remove}
        onCancel={() => setConfirming(null)}
      />
    </div>
  );
}
