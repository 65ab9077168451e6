import { leesGetal } from "../../src/engine";

describe("reading numbers like a Dutch user writes them", () => {
  test.each([
    [2.5, 2.5],
    ["2,5", 2.5],
    ["2.5", 2.5],
    [" 26 ", 26],
    ["-1", -1],
    [",5", 0.5],
    ["1.234,56", 1234.56],
    ["1,234.56", 1234.56],
    ["1.234.567", 1234567],
    ["EUR 8.000,00", 8000],
    ["€ 2750", 2750],
    ["0.125", 0.125],
    ["12.5000", 12.5],
  ])("%p -> %p", (invoer, verwacht) => {
    expect(leesGetal(invoer)).toEqual({ ok: true, waarde: verwacht });
  });
  test.each([["2.500"], ["1,500"], ["8.000"]])("%p is ambiguous (thousands or decimal?) and refused", (invoer) => {
    expect(leesGetal(invoer)).toEqual({ ok: false, reden: "dubbelzinnig" });
  });
  test.each([[""], ["  "], [null], [undefined]])("%p is empty", (invoer) => {
    expect(leesGetal(invoer)).toEqual({ ok: false, reden: "leeg" });
  });
  test.each([["abc"], ["2,5,5"], ["1e3"], [NaN], [Infinity], [true], [{}], ["12,34.5"], ["EUR"]])("%p is not a number", (invoer) => {
    expect(leesGetal(invoer)).toEqual({ ok: false, reden: "geen-getal" });
  });
});
