import { test } from "node:test";
import assert from "node:assert/strict";
import { shortTag } from "../../../src/core/text/shortTag";
import { packGenreId, sourceTag } from "../../../src/core/packs";
import { teamSnippetId } from "../../../src/core/snippets/teamLibrary";

// Stored ids (favourites of team snippets, a chosen pack genre, source ids) are built from this
// tag: a change to it would orphan them. FNV-1a 32-bit reference values.
test("shortTag is FNV-1a, 8 hex digits", () => {
  assert.equal(shortTag(""), "811c9dc5");
  assert.equal(shortTag("a"), "e40c292c");
  assert.equal(shortTag("foobar"), "bf9cf968");
});

test("pack and team-library ids keep their tags", () => {
  assert.equal(sourceTag("foobar"), "bf9cf968");
  assert.equal(packGenreId("a", "shuzhi"), "pe40c292c-shuzhi");
  assert.equal(teamSnippetId("foobar", "x1"), "team-bf9cf968:x1");
});
