import { genereerRijen } from "./bench/genereer";
import { schrijfCsv, schrijfXlsx } from "./bench/bestanden";
const n = Number(process.argv[2]);
(async () => {
  const rijen = genereerRijen(n);
  let t = Date.now(); await schrijfXlsx(`/tmp/bulk-${n}.xlsx`, rijen); console.log("xlsx", Date.now() - t);
  t = Date.now(); await schrijfCsv(`/tmp/bulk-${n}.csv`, rijen); console.log("csv", Date.now() - t);
})();
