// Sample documents for the browser preview: the test fixtures, so a person sees what tests see.
import school from "../../tests/fixtures/samples/school-principal-report.txt";
import company from "../../tests/fixtures/samples/company-annual-summary.txt";
import draft from "../../tests/fixtures/samples/draft-with-problems.txt";
import govReport from "../../tests/fixtures/samples/gov-work-report-2024.txt";

export interface Sample {
  id: string;
  name: { zh: string; en: string };
  text: string;
}

export const samples: Sample[] = [
  { id: "blank", name: { zh: "空白文档", en: "Blank document" }, text: "" },
  { id: "school", name: { zh: "校长述职述廉报告（模板）", en: "Principal's report (template)" }, text: school },
  { id: "company", name: { zh: "公司年度工作总结（模板）", en: "Company annual summary (template)" }, text: company },
  { id: "draft", name: { zh: "待检查的草稿", en: "Draft with problems" }, text: draft },
  { id: "gov2024", name: { zh: "2024年政府工作报告", en: "2024 Government Work Report" }, text: govReport },
];

/** Splits pasted or sample text into paragraphs (one per line, as Word would paste it). */
export function toParagraphs(text: string): string[] {
  const lines = text.replace(/\r\n?/g, "\n").replace(/\n+$/, "").split("\n");
  return lines.length ? lines : [""];
}
