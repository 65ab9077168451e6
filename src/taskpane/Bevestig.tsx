import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import { useCallback, useRef, useState, type ReactElement } from "react";

interface Vraag {
  titel: string;
  tekst: string;
  ja: string;
}

/** A yes/no dialog as a promise, so adapters can ask "overwrite?" in the middle of their work. */
export function useBevestig(): [(vraag: Vraag) => Promise<boolean>, ReactElement] {
  const [vraag, zetVraag] = useState<Vraag | null>(null);
  const antwoord = useRef<(ja: boolean) => void>(() => undefined);
  const vragen = useCallback(
    (v: Vraag) =>
      new Promise<boolean>((klaar) => {
        antwoord.current = (ja) => {
          zetVraag(null);
          klaar(ja);
        };
        zetVraag(v);
      }),
    [],
  );
  const dialoog = (
    <Dialog open={vraag !== null} onOpenChange={(_, d) => !d.open && antwoord.current(false)} modalType="alert">
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{vraag?.titel}</DialogTitle>
          <DialogContent>{vraag?.tekst}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => antwoord.current(true)}>
              {vraag?.ja}
            </Button>
            <Button onClick={() => antwoord.current(false)}>Annuleren</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
  return [vragen, dialoog];
}
