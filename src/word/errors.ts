import type { Bilingual } from "../core/text/bilingual";

/** An operation that failed or was refused, with a message fit to show the person. */
export class WordOperationError extends Error {
  constructor(
    readonly userMessage: Bilingual,
    override readonly cause?: unknown,
  ) {
    super(userMessage.en);
    this.name = "WordOperationError";
  }
}

/** Refuses an operation before anything is written (cursor in a table, bad input …). */
export function refuse(zh: string, en: string): never {
  throw new WordOperationError({ zh, en });
}

// Word's error codes (Word.ErrorCodes and OfficeExtension's), in words a person can act on. No
// message claims the document is unchanged: Word applies what was queued before a failure; the
// operations themselves report what was written.
const BY_CODE: Record<string, Bilingual> = {
  ApiNotFound: {
    zh: "当前版本的 Word 不支持这项操作，请升级 Word 或改用 Word 网页版/桌面版。",
    en: "This version of Word does not support this action. Update Word or use another edition.",
  },
  InvalidArgument: { zh: "Word 拒绝了这项操作的参数。", en: "Word rejected the request." },
  ItemNotFound: { zh: "找不到要修改的位置，可能文档已被改动，请重新扫描或检查。", en: "The place to change was not found; the document may have changed. Scan or check again." },
  AccessDenied: { zh: "文档处于只读或受保护状态，无法修改。", en: "The document is read-only or protected." },
  GeneralException: { zh: "Word 暂时无法完成操作，请稍后重试。", en: "Word could not complete the action. Try again." },
  InvalidObjectPath: { zh: "内部对象已失效，请重试。", en: "An internal object expired. Try again." },
  NotAllowed: { zh: "Word 当前不允许这项操作（可能正在编辑批注、页眉或脚注）。", en: "Word does not allow this action right now (a comment, header or footnote may be in edit mode)." },
  SearchDialogIsOpen: {
    zh: "Word 的“查找和替换”窗口开着，请先关闭它再试。",
    en: "Word's Find and Replace dialog is open. Close it and try again.",
  },
  SearchStringInvalidOrTooLong: {
    zh: "要查找的文字过长或含有 Word 无法查找的字符，此处已跳过。",
    en: "The text to find is too long or holds characters Word cannot search for; skipped.",
  },
  NotImplemented: { zh: "这台 Word 尚未实现这项功能。", en: "This Word does not implement this feature yet." },
  RequestPayloadSizeLimitExceeded: { zh: "一次发送给 Word 的内容过多，请分段操作。", en: "Too much content was sent to Word at once; work on a smaller part." },
  Unauthenticated: { zh: "Word 需要重新登录后才能继续。", en: "Word needs you to sign in again." },
};

/** Plain words for anything a Word batch can throw. */
export function describeWordError(error: unknown): Bilingual {
  if (error instanceof WordOperationError) return error.userMessage;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "string" && BY_CODE[code]) return BY_CODE[code];
  const detail = error instanceof Error ? error.message : String(error);
  return { zh: `操作未完成：${detail}`, en: `The action did not complete: ${detail}` };
}

/** Runs a Word batch; whatever it throws becomes a WordOperationError with plain words. */
export async function runWord<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await Word.run(batch);
  } catch (error) {
    if (error instanceof WordOperationError) throw error;
    throw new WordOperationError(describeWordError(error), error);
  }
}
