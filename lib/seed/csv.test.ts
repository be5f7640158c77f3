import { describe, expect, it } from "vitest";
import { parseCsv } from "./csv";

const parseText = (text: string, columns: readonly string[] = ["a", "b"]) =>
  parseCsv("test.csv", Buffer.from(text, "utf8"), columns);

describe("parseCsv", () => {
  it("numbers rows by the physical line they start on, the header being line 1", () => {
    const { rows, problems } = parseText('a,b\r\n1,2\r\n\r\n"x\r\ny",3\r\n4,"é\r\n"\r\n5,6\r\n');
    expect(problems).toEqual([]);
    expect(rows.map((row) => [row.line, row.values.a])).toEqual([
      [2, "1"],
      [4, "x\r\ny"],
      [6, "4"],
      [8, "5"],
    ]);
  });

  it("counts LF-only files the same way", () => {
    const { rows } = parseText('a,b\n1,2\n"x\ny",3\n4,5');
    expect(rows.map((row) => row.line)).toEqual([2, 3, 5]);
  });

  it("strips a byte-order mark", () => {
    const { rows, problems } = parseText("\uFEFFa,b\n1,2\n");
    expect(problems).toEqual([]);
    expect(rows[0]!.values).toEqual({ a: "1", b: "2" });
  });

  it("reports missing, unknown and repeated columns on line 1", () => {
    const { problems } = parseText("a,c,c\n1,2,3\n", ["a", "b", "c"]);
    expect(problems).toEqual([
      { file: "test.csv", line: 1, field: "b", message: "column is missing" },
      { file: "test.csv", line: 1, field: "c", message: "column appears twice" },
    ]);
    expect(parseText("a,b,x\n1,2,3\n").problems).toEqual([
      { file: "test.csv", line: 1, field: "x", message: "unknown column" },
    ]);
  });

  it("reports a row with the wrong number of fields and keeps the others", () => {
    const { rows, problems } = parseText("a,b\n1,2\n3\n4,5\n");
    expect(rows.map((row) => row.line)).toEqual([2, 4]);
    expect(problems).toEqual([{ file: "test.csv", line: 3, field: null, message: "has 1 fields; the header has 2" }]);
  });

  it("reports text that is not CSV", () => {
    const { rows, problems } = parseText('a,b\n1,"2\n');
    expect(rows).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/^not valid CSV/);
  });

  it("reports a quoted value that never closes on the line where it opens, with its column", () => {
    const lines = ["a,b,c", ...Array.from({ length: 250 }, (_, i) => `x${i},y${i},z${i}`)];
    lines[200] = 'x199,"broken,z199';
    const { problems } = parseText(`${lines.join("\n")}\n`);
    expect(problems).toEqual([{ file: "test.csv", line: 201, field: "b", message: expect.stringMatching(/quote/) }]);
  });

  it("reports a quote closed too early on the line where the value opened, not where the parser gave up", () => {
    const lines = ["a,b", ...Array.from({ length: 210 }, (_, i) => `x${i},"y${i}"`)];
    lines[200] = 'x199,"broken';
    const { problems } = parseText(`${lines.join("\n")}\n`);
    expect(problems.map((p) => [p.line, p.field])).toEqual([[201, "b"]]);
  });

  it("reports a NUL byte with its own line and column, keeping the other rows", () => {
    const { rows, problems } = parseText('a,b\n1,2\n3,"x\ny\u0000"\n4,5\n');
    expect(rows.map((row) => row.line)).toEqual([2, 5]);
    expect(problems).toEqual([
      { file: "test.csv", line: 4, field: "b", message: "contains a NUL byte (character 4 of the value); remove it" },
    ]);
  });

  it("reports an empty file", () => {
    expect(parseText("").problems).toEqual([{ file: "test.csv", line: null, field: null, message: "is empty" }]);
  });
});
