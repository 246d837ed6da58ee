/** 存为骨架 (in the 骨架 footer's ⋯ menu): its code is fetched when pressed. */
import type { GenreDraft } from "./genreDraft";
import { GENRE_SUMMARIES } from "../../core/genres/catalog/summaries";
import { usePersonalGenresStore } from "../content/personalGenres";
import { useNotify } from "../shell/notify";
import { useWordAction } from "../shell/useWordAction";

/** 存为骨架's and 编辑's code: off the first tab's start, fetched when one is pressed. */
export const genreEditing = () => import(/* webpackChunkName: "genre-editor" */ "./genreEditing");

/** 存为骨架: reads the document's outline and opens the editor on a new genre built from it. */
export function useSaveAsSkeleton(onOpenEditor: (draft: GenreDraft) => void): { run: () => void; busy: boolean } {
  const notify = useNotify();
  const { busy, run } = useWordAction();
  const genres = usePersonalGenresStore();
  const saveAs = () =>
    void run(async () => {
      const { readOutlineForSkeleton, genreFromOutline, draftFromGenre } = await genreEditing();
      const paragraphs = await readOutlineForSkeleton();
      const taken = [...GENRE_SUMMARIES, ...genres.getState()].map((g) => g.id);
      const result = genreFromOutline(paragraphs, { takenIds: taken });
      if (!result.ok) {
        notify.show("warning", result.message);
        return;
      }
      onOpenEditor(draftFromGenre(result.genre, "new"));
    });
  return { run: saveAs, busy: busy !== null };
}
