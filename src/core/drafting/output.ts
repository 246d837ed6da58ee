/**
 * A model's answer made into paragraphs for the document: reasoning some servers leave inline
 * (<think>…</think>, DeepSeek-R1 behind Ollama or an older vLLM) is taken out, Markdown marks a
 * model adds despite the prompt are removed, blank lines dropped.
 */

export interface SplitAnswer {
  content: string;
  reasoning: string;
}

/** Takes a leading <think>…</think> block (complete or still open) out of the content. */
export function splitInlineReasoning(content: string): SplitAnswer {
  const m = /^\s*<think>([\s\S]*?)(?:<\/think>|$)/.exec(content);
  if (!m) return { content, reasoning: "" };
  return { content: content.slice(m[0].length), reasoning: m[1] ?? "" };
}

export function answerParagraphs(content: string): string[] {
  return splitInlineReasoning(content)
    .content.replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) =>
      line
        .replace(/^\s*#{1,6}\s+/, "")
        .replace(/^\s*(?:[-*+•]|>)\s+/, "")
        .replace(/\*\*(.+?)\*\*/g, "$1")
        .replace(/__(.+?)__/g, "$1")
        .replace(/`([^`]*)`/g, "$1")
        .trim(),
    )
    .filter((line) => line.length > 0);
}
