import { vrijeBladnaam } from "../../src/excel/bladnaam";

test("a free sheet name: the base, else numbered from 2, case-insensitive like Excel", () => {
  expect(vrijeBladnaam(["Blad1"], "Samenvatting")).toBe("Samenvatting");
  expect(vrijeBladnaam(["Blad1", "samenvatting", "Samenvatting 2"], "Samenvatting")).toBe("Samenvatting 3");
  expect(vrijeBladnaam(["Tarieven", "Blad1", "Blad2"], "Tarieven")).toBe("Tarieven 2");
});
