/**
 * The messages sent for each 起草 action. The rules come first and are the same for every action:
 * use only the figures given, write X where a figure is missing (so the result feeds 数据), invent
 * no names or documents, plain text only. An organisation's own system prompt is added after them,
 * never instead of them.
 */

export type DraftAction = "expand" | "continue" | "polish" | "formalize" | "shorten" | "outlineToBody" | "generateSection";

export const DRAFT_ACTIONS: readonly DraftAction[] = ["expand", "continue", "polish", "formalize", "shorten", "outlineToBody", "generateSection"];

export interface ChatMessage {
  role: "system" | "user" | "assistant";
  content: string;
}

export interface DraftRequest {
  action: DraftAction;
  /** The paragraphs the action works on (the selection's, or the section's body). */
  text: string;
  /** The section's heading, without its ordinal. */
  heading?: string;
  /** The skeleton's writing hint for that heading. */
  hint?: string;
  /** 数据 form values, as label → value. */
  values?: ReadonlyArray<{ label: string; value: string }>;
  /** 缩写: the length to reach, in characters. */
  targetLength?: number;
  /** The organisation's own instructions (from its content pack). */
  organisationPrompt?: string;
}

export const BASE_SYSTEM_PROMPT = [
  "你是机关、企事业单位文字材料的起草助手，帮助撰稿人起草和修改报告。必须遵守以下规则：",
  "1. 数字只能来自用户提供的材料（原文、提示、数据），包括数量、金额、百分比、百分点、年份、日期和排名；材料中没有的数字一律写作X（如“增长X%”“X项”），不得估计、推算、换算或编造。",
  "2. 不得编造人名、单位名、文件名、会议名、政策名和引语。",
  "3. 使用规范、平实的公文语体，使用现行的规范提法，不用夸张修辞和网络用语。",
  "4. 只输出正文本身：不加标题、说明、引号、Markdown 符号或列表符号；段落之间用换行分隔。",
].join("\n");

/** What each action asks for (the material follows). */
function instruction(request: DraftRequest): string {
  switch (request.action) {
    case "expand":
      return "请根据下面的标题和写作提示，把这一部分扩写成一段完整的正文（一到两段）。原文如有内容，保留其中的事实。";
    case "continue":
      return "请紧接下面的原文续写一段，语气和内容与原文衔接，不重复原文。只输出续写的部分。";
    case "polish":
      return "请润色下面的原文：意思和事实不变，用语更准确、规范、简洁，符合正式文体。";
    case "formalize":
      return "请把下面的原文改写为规范的公文语体：意思和事实不变，去掉口语化表达，结构清楚。";
    case "shorten":
      return `请把下面的原文缩写到约 ${request.targetLength ?? 200} 字：保留主要事实和全部已有数字，删去次要内容。`;
    case "outlineToBody":
      return "下面是一节的提纲（已写好的各级标题）。请按提纲为每个标题写出正文：保留每个标题原样独占一行，在其后写一段正文。";
    case "generateSection":
      return "请根据下面的标题、写作提示和数据，写出这一节的正文（一到三段）。数据中给出的数字可以使用，没有给出的写作X。";
  }
}

export function buildMessages(request: DraftRequest): ChatMessage[] {
  const system = request.organisationPrompt?.trim() ? `${BASE_SYSTEM_PROMPT}\n\n本单位的要求：\n${request.organisationPrompt.trim()}` : BASE_SYSTEM_PROMPT;
  const parts = [instruction(request)];
  if (request.heading) parts.push(`【标题】${request.heading}`);
  if (request.hint) parts.push(`【写作提示】${request.hint}`);
  if (request.values?.length) parts.push(`【数据】\n${request.values.map((v) => `${v.label}：${v.value}`).join("\n")}`);
  if (request.text.trim()) parts.push(`【原文】\n${request.text.trim()}`);
  return [
    { role: "system", content: system },
    { role: "user", content: parts.join("\n\n") },
  ];
}

/** Everything of the request a figure in the answer may come from (for findUnsupportedFigures). */
export function requestSources(request: DraftRequest): { texts: string[]; values: string[] } {
  return {
    texts: [request.text, request.heading ?? "", request.hint ?? ""],
    values: (request.values ?? []).map((v) => v.value),
  };
}
