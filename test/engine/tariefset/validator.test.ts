import { readFileSync } from "node:fs";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { maakValidator, DOEL } = require("../../../scripts/maak-validator.js");

test("the checked-in precompiled validator matches tariefset.schema.json (run `npm run validator` after a schema change)", () => {
  expect(readFileSync(DOEL, "utf8")).toBe(maakValidator());
});
