/**
 * The baseline: scan-and-fill written the way Microsoft's basic samples write it — a search per
 * placeholder form, then a context.sync() after each replacement (the "sync in a loop" pattern
 * the docs warn about). Kept here, not in src/word, on purpose: it is what the add-in must not
 * do. Used only to put our figures beside it.
 */
const FORMS = ["XX.X", "XXX", "XX", "X", "×××", "○○", "＿＿＿＿", "20XX"];

export async function naiveScanAndFill(value = "1"): Promise<{ replaced: number }> {
  return Word.run(async (context) => {
    let replaced = 0;
    for (const form of FORMS) {
      const hits = context.document.body.search(form, { matchCase: true });
      hits.load("items/text");
      await context.sync();
      for (const hit of hits.items) {
        hit.insertText(value, "Replace");
        await context.sync();
        replaced++;
      }
    }
    return { replaced };
  });
}
