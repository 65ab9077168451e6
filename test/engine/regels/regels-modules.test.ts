import { doetMee, intensiteitToegestaan, vasteWeken, waaromNietToegestaan, wekenToegestaan } from "../../../src/engine";
import { doetMeeInRij } from "../../../src/engine/regels/onderdelen";
import { testset } from "../../helpers/tariefsets";

const set = testset();
const zwaar = set.intensiteiten.find((i) => i.naam === "zwaar")!;
const licht = set.intensiteiten.find((i) => i.naam === "licht")!;

describe("rule modules the surfaces ask instead of deciding", () => {
  test("sections: on as soon as one cell is filled (white space is empty)", () => {
    expect(doetMee(["", undefined, null, "  "])).toBe(false);
    expect(doetMee(["", 0])).toBe(true);
    expect(doetMee(["", "licht"])).toBe(true);
    expect(doetMeeInRij(["x", "", 3], [1])).toBe(false);
    expect(doetMeeInRij(["x", "", 3], [1, 2])).toBe(true);
  });
  test("intensity: zwaar not in duurzaam unless KDC/ODC, with the reason for a dropdown", () => {
    expect(intensiteitToegestaan(zwaar, "herstel", false)).toBe(true);
    expect(intensiteitToegestaan(zwaar, "duurzaam", false)).toBe(false);
    expect(intensiteitToegestaan(zwaar, "duurzaam", true)).toBe(true);
    expect(waaromNietToegestaan(zwaar, "duurzaam", false)).toBe("niet in duurzaam, alleen bij KDC/ODC");
    expect(waaromNietToegestaan(licht, "duurzaam", false)).toBeNull();
  });
  test("weeks: duurzaam fixes the set's year, herstel allows up to the set's maximum", () => {
    expect(vasteWeken("duurzaam", set)).toBe(52);
    expect(vasteWeken("herstel", set)).toBeNull();
    expect(wekenToegestaan("herstel", set)).toBe("0 t/m 104");
    expect(wekenToegestaan("duurzaam", set)).toBe("altijd 52 (budget per jaar)");
  });
});
