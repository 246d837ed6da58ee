import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { paragraphOoxml, standardProfile, planFormat } from "../../src/core/format";
import { readParagraphRuns, runsText } from "../../src/word/formatRuns";
import { withDouble } from "../support/double";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const doc = (body: string) => `<pkg:package><pkg:part pkg:name="/word/document.xml"><pkg:xmlData><w:document ${W}><w:body>${body}<w:sectPr><w:pgSz w:w="11906"/><w:pgMar w:top="2098"/></w:sectPr></w:body></w:document></pkg:xmlData></pkg:part></pkg:package>`;

describe("readParagraphRuns", () => {
  test("reads text and inline controls from the double's getOoxml", () =>
    withDouble({ profile: "web", paragraphs: ["述职人：张三 & 李四"] }, async () => {
      let xml = "";
      await Word.run(async (context) => {
        const control = context.document.body.search("张三").getFirst().insertContentControl();
        control.tag = "rc:name";
        control.title = "姓名";
        const result = context.document.body.paragraphs.getFirst().getOoxml();
        await context.sync();
        xml = result.value;
      });
      const runs = readParagraphRuns(xml);
      assert.deepEqual(runs, [
        { text: "述职人：" },
        { contentControl: { tag: "rc:name", title: "姓名", text: "张三" } },
        { text: " & 李四" },
      ]);
      assert.equal(runsText(runs!), "述职人：张三 & 李四");
    }));

  test("tabs in runs count, tab stops in paragraph properties do not; entities are decoded", () => {
    const xml = doc('<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs></w:pPr><w:r><w:t xml:space="preserve">甲&lt;乙&#x4E19;</w:t></w:r><w:r><w:tab/><w:t>丁</w:t></w:r></w:p>');
    assert.deepEqual(readParagraphRuns(xml), [{ text: "甲<乙丙\t丁" }]);
  });

  test("refuses paragraphs a rebuild could damage", () => {
    const cases = [
      '<w:p><w:r><w:drawing/></w:r><w:r><w:t>图</w:t></w:r></w:p>',
      '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r></w:p>',
      '<w:p><w:r><w:t>一</w:t></w:r></w:p><w:p><w:r><w:t>二</w:t></w:r></w:p>',
      '<w:sdt><w:sdtPr><w:tag w:val="b"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>块</w:t></w:r></w:p></w:sdtContent></w:sdt>',
      '<w:p><w:sdt><w:sdtPr><w:tag w:val="a"/></w:sdtPr><w:sdtContent><w:sdt><w:sdtPr><w:tag w:val="b"/></w:sdtPr><w:sdtContent><w:r><w:t>嵌</w:t></w:r></w:sdtContent></w:sdt></w:sdtContent></w:sdt></w:p>',
      '<w:p><w:ins w:id="1"><w:r><w:t>修订</w:t></w:r></w:ins></w:p>',
    ];
    for (const body of cases) assert.equal(readParagraphRuns(doc(body)), null, body);
    assert.equal(readParagraphRuns("<not-ooxml/>"), null);
  });
});

describe("core paragraphOoxml keeps a paragraph style (additive styleId)", () => {
  test("styleId becomes the first pPr child; absent styleId writes no pStyle", () => {
    const format = planFormat(["正文。"], standardProfile)[0]!;
    assert.match(paragraphOoxml({ ...format, styleId: "Heading1" }, [{ text: "x" }]), /<w:pPr><w:pStyle w:val="Heading1"\/><w:spacing/);
    assert.doesNotMatch(paragraphOoxml(format, [{ text: "x" }]), /pStyle/);
  });
});
