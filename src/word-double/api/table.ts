/** Word.Table stand-in (no table model: paragraphs flagged inTable). */
import { ClientObject, defineProps } from "../runtime";

/** Word.Table stand-in for paragraphs marked inTable. */
export class Table extends ClientObject {
  get _className() {
    return "Table";
  }
}
defineProps(Table, {
  rowCount: { get: () => 1 }, // [WordApi 1.3]
  nestingLevel: { get: () => 1 }, // [WordApi 1.3]
});
