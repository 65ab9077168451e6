import { excelFout } from "./excel-fout";
import type { Matrix } from "./matrix";
import { BEWERKINGEN } from "./bewerkingen";
import { laadTariefsets } from "./tariefbron";

interface Verzoek {
  functie: string;
  args: unknown[];
  klaar: (uitkomst: Matrix) => void;
}

/**
 * Excel calls a function once per cell. Calls made in the same tick wait here and are computed together:
 * one tariff read and one pass through the engine per batch, however many cells recalculate.
 */
export class Batcher {
  private wachtrij: Verzoek[] = [];
  private gepland = false;
  /** How many batches have run: tests use it to see that N calls made one pass. */
  passes = 0;

  constructor(private readonly plan: (f: () => void) => void = (f) => setTimeout(f, 0)) {}

  vraag(functie: string, args: unknown[]): Promise<Matrix> {
    return new Promise((klaar) => {
      this.wachtrij.push({ functie, args, klaar });
      if (!this.gepland) {
        this.gepland = true;
        this.plan(() => void this.verwerk());
      }
    });
  }

  private async verwerk(): Promise<void> {
    const batch = this.wachtrij;
    this.wachtrij = [];
    this.gepland = false;
    this.passes++;
    const sets = await laadTariefsets();
    for (const verzoek of batch) {
      try {
        verzoek.klaar(BEWERKINGEN[verzoek.functie](verzoek.args, sets));
      } catch (fout) {
        // No exception may reach Excel: it would show a bare #VALUE! without a reason.
        verzoek.klaar([
          [
            excelFout(
              "invalidValue",
              `Interne fout in JH.${verzoek.functie}: ${fout instanceof Error ? fout.message : "onbekende fout"}`,
            ),
          ],
        ]);
      }
    }
  }
}

export const batcher = new Batcher();
