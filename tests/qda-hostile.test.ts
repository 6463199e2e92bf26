import { describe, expect, it } from "vitest";
import { zipSync, strToU8 } from "fflate";
import { readForeignProject } from "../lib/qda";
import { parseQdpx } from "../lib/qda/refi";
import { attr, child, parseXml } from "../lib/qda/xml";
import { readZip, unsafePathReason, writeZip } from "../lib/qda/zip";
import { issueOf, tempFile, zip } from "./fixtures/qda/helpers";

/** Sets the declared unpacked size of every entry (central directory and local headers). */
function declareSize(bytes: Uint8Array, size: number): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 4 <= out.length; i++) {
    const signature = view.getUint32(i, true);
    if (signature === 0x02014b50) view.setUint32(i + 24, size, true); // central directory: uncompressed size
    if (signature === 0x04034b50) view.setUint32(i + 22, size, true); // local header: uncompressed size
  }
  return out;
}

const MINIMAL_QDE = '<Project xmlns="urn:QDA-XML:project:1.0" name="x"><CodeBook><Codes><Code guid="C0DE0000-0000-4000-8000-000000000001" name="a" isCodable="true"/></Codes></CodeBook></Project>';

describe("hostile and broken archives are refused before anything is unpacked", () => {
  it("not a zip: the file and its first bytes are named", () => {
    const file = tempFile("notes.qdpx", "hello, this is text");
    const issue = issueOf(() => readForeignProject(file));
    expect(issue.file).toBe(file);
    expect(issue.found).toBe('bytes starting 68 65 6c 6c, not the zip signature 50 4b 03 04 ("PK")');
    expect(issue.expected).toMatch(/^a zip archive/);
  });

  it("a zip signature followed by garbage is a damaged archive", () => {
    const issue = issueOf(() => readZip(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]), "broken.qdpx"));
    expect(issue.found).toMatch(/^a damaged zip archive \(/);
  });

  it.each([
    ["../evil.txt", "an entry path that climbs out with '..': ../evil.txt"],
    ["sources/../../evil.txt", "an entry path that climbs out with '..': sources/../../evil.txt"],
    ["sources\\..\\evil.txt", "an entry path that climbs out with '..': sources\\..\\evil.txt"],
    ["/etc/passwd", "an absolute entry path: /etc/passwd"],
    ["\\windows\\evil.txt", "an absolute entry path: \\windows\\evil.txt"],
    ["C:/evil.txt", "an entry path with a drive letter: C:/evil.txt"],
  ])("unsafe entry path %s", (name, found) => {
    const bytes = zip({ "project.qde": MINIMAL_QDE, [name]: "pwned" });
    const issue = issueOf(() => parseQdpx(bytes, "evil.qdpx"));
    expect(issue).toMatchObject({ file: "evil.qdpx", field: name, found });
    expect(issue.expected).toBe("a relative entry path without '..', a leading slash or a drive letter");
  });

  it("plain relative paths, including names with dots, are safe", () => {
    expect(unsafePathReason("sources/a..b.txt")).toBeUndefined();
    expect(unsafePathReason("sources/.root")).toBeUndefined();
  });

  it("too many entries (a low limit for the test)", () => {
    const entries: Record<string, string> = { "project.qde": MINIMAL_QDE };
    for (let i = 0; i < 6; i++) entries[`sources/${i}.txt`] = "x";
    const issue = issueOf(() => parseQdpx(zip(entries), "many.qdpx", { limits: { maxEntries: 5 } }));
    expect(issue).toMatchObject({ file: "many.qdpx", found: "7 entries", expected: "at most 5 entries in the archive (raise the limit with --max-entries N)" });
    expect(() => parseQdpx(zip(entries), "many.qdpx", { limits: { maxEntries: 7 } })).not.toThrow();
  });

  it("a declared size over the limit is refused from the header, before inflating (3.75 GiB claimed)", () => {
    const bytes = declareSize(zip({ "project.qde": MINIMAL_QDE }), 0xf0000000);
    const issue = issueOf(() => parseQdpx(bytes, "bomb.qdpx"));
    expect(issue).toMatchObject({ file: "bomb.qdpx", field: "project.qde", found: "entries declaring 4026531840 bytes unpacked" });
    expect(issue.expected).toBe("at most 268435456 bytes (256 MiB) once unpacked (raise the limit with --max-input-mb N, in MiB)");
  });

  it("entries whose declared sizes add up past a low limit", () => {
    const bytes = zip({ "project.qde": MINIMAL_QDE, "sources/zeros.txt": new Uint8Array(5000) });
    const issue = issueOf(() => parseQdpx(bytes, "big.qdpx", { limits: { maxTotalBytes: 1000 } }));
    expect(issue).toMatchObject({ field: "sources/zeros.txt", found: `entries declaring ${MINIMAL_QDE.length + 5000} bytes unpacked` });
  });

  it("a header that understates its size is caught by the real size", () => {
    // Stored (not deflated) entries are copied as they are, whatever the header says.
    const stored = zipSync({ "sources/zeros.txt": [new Uint8Array(5000), { level: 0 }] });
    const issue = issueOf(() => readZip(declareSize(stored, 10), "liar.qdpx", { maxTotalBytes: 1000 }));
    expect(issue).toMatchObject({ field: "sources/zeros.txt", found: "declared 10 bytes, inflates to 5000 bytes" });
    // A deflated entry is inflated as a stream that stops past the declared size.
    const deflated = zipSync({ "sources/zeros.txt": new Uint8Array(5000) });
    expect(issueOf(() => readZip(declareSize(deflated, 10), "liar.qdpx")).found).toBe("declared 10 bytes, inflates to more than 10 bytes");
  });

  it("the zip writer gives identical bytes for identical files, and refuses unsafe names", () => {
    const files = { "project.qde": strToU8("<Project/>"), "sources/a.txt": strToU8("政策") };
    expect(writeZip(files)).toEqual(writeZip(files));
    expect(readZip(writeZip(files), "w.qdpx").get("sources/a.txt")).toEqual(strToU8("政策"));
    expect(() => writeZip({ "../x": strToU8("x") })).toThrow(/unsafe path: \.\.\/x/);
  });
});

describe("hostile and broken XML is refused with the file and line", () => {
  const billionLaughs = [
    '<?xml version="1.0"?>',
    "<!DOCTYPE lolz [",
    ' <!ENTITY lol "lol">',
    ' <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">',
    ' <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">',
    "]>",
    '<Project name="&lol3;"/>',
  ].join("\n");

  it("a billion-laughs DOCTYPE inside a .qdpx", () => {
    const issue = issueOf(() => parseQdpx(zip({ "project.qde": billionLaughs }), "laughs.qdpx"));
    expect(issue).toMatchObject({ file: "laughs.qdpx › project.qde", row: 2, found: "<!DOCTYPE" });
    expect(issue.expected).toMatch(/^XML without a DOCTYPE or ENTITY declaration/);
  });

  it("an ENTITY declaration without a DOCTYPE, and an external entity", () => {
    expect(issueOf(() => parseXml('<a>\n<!ENTITY x SYSTEM "file:///etc/passwd"></a>', "e.qde"))).toMatchObject({ row: 2, found: "<!ENTITY" });
    expect(issueOf(() => parseXml('<!doctype a SYSTEM "http://evil/x.dtd"><a/>', "d.qde"))).toMatchObject({ row: 1, found: "<!doctype" });
  });

  it("XML that is not well formed", () => {
    const issue = issueOf(() => parseXml("<Project>\n  <Users>\n</Project>", "bad.qde"));
    expect(issue).toMatchObject({ file: "bad.qde", row: 3, expected: "well-formed XML" });
    expect(issue.found).toMatch(/Expected closing tag 'Users'/);
  });

  it("an entity other than the five predefined ones", () => {
    expect(issueOf(() => parseXml("<a>\n<b>x&nbsp;y</b></a>", "n.qde"))).toMatchObject({ row: 2, found: "&nbsp;" });
  });

  it("decodes each entity once, numeric references to any plane, CDATA verbatim", () => {
    const root = parseXml('<a t="&amp;#65; &#x1F600; &#20320; &quot;q&quot;"><b>&lt;x&gt; &amp;amp;</b><c><![CDATA[&amp; <raw>]]></c></a>', "x.qde");
    expect(attr(root, "t")).toBe('&#65; 😀 你 "q"');
    expect(child(root, "b")?.text).toBe("<x> &amp;");
    expect(child(root, "c")?.text).toBe("&amp; <raw>");
  });

  it("matches elements and attributes by local name whatever the prefix", () => {
    const root = parseXml('<q:Project xmlns:q="urn:QDA-XML:project:1.0" q:name="p"><q:CodeBook/></q:Project>', "p.qde");
    expect([root.name, attr(root, "name"), child(root, "CodeBook")?.name]).toEqual(["Project", "p", "CodeBook"]);
  });
});
