import fc from "fast-check";
import { decodeer, naar1252, raadTekenset, van1252 } from "../../src/cli/bulk/tekenset";

describe("CSV encodings", () => {
  test("every byte sequence read as Windows-1252 is written back byte for byte", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect([...naar1252(van1252(Buffer.from(bytes)))]).toEqual([...bytes]);
      }),
      { numRuns: 2000 },
    );
  });
  test("Windows-1252's own characters at 0x80-0x9F are read as what they are", () => {
    expect(van1252(Buffer.from([0x80, 0x20, 0x31, 0x92, 0xeb, 0x96]))).toBe("€ 1’ë–");
    expect([...naar1252("€ 1’ë–")]).toEqual([0x80, 0x20, 0x31, 0x92, 0xeb, 0x96]);
  });
  test("the guess: a byte order mark or valid UTF-8 is UTF-8, anything else Windows-1252; a character cut off at the end is no error", () => {
    expect(raadTekenset(Buffer.from([0xef, 0xbb, 0xbf, 0x41]))).toEqual({ naam: "utf-8", bom: true });
    expect(raadTekenset(Buffer.from("cliënt", "utf8"))).toEqual({ naam: "utf-8", bom: false });
    expect(raadTekenset(Buffer.from("cliënt", "utf8").subarray(0, 4))).toEqual({ naam: "utf-8", bom: false });
    expect(raadTekenset(Buffer.from("cliënt", "latin1"))).toEqual({ naam: "windows-1252", bom: false });
  });
  test("a declarations file in either encoding reads the same", () => {
    const tekst = "Toewijzing;Productcode;Bedrag\r\nT1;45A48;€ 1.000,00\r\n";
    expect(decodeer(naar1252(tekst))).toBe(tekst);
    expect(decodeer(Buffer.from(tekst, "utf8"))).toBe(tekst);
    expect(decodeer(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(tekst, "utf8")]))).toBe(tekst);
  });
});
