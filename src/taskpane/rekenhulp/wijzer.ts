/**
 * A field's message appears when the user leaves it. Leaving by mouse happens on mouse-down, and a message that
 * appeared then would push the control under the pointer away before mouse-up, so the click would miss. While a
 * pointer is down, the change waits until the click is done.
 */
let ingedrukt = false;
let wachtend: (() => void)[] = [];

if (typeof window !== "undefined") {
  window.addEventListener("pointerdown", () => (ingedrukt = true), true);
  window.addEventListener(
    "pointerup",
    () => {
      ingedrukt = false;
      const nu = wachtend;
      wachtend = [];
      // After the click that follows this pointerup (same task), not before it.
      if (nu.length) setTimeout(() => nu.forEach((f) => f()), 0);
    },
    true,
  );
}

/** Runs f now, or once the pointer that is down has been released and its click delivered. */
export function naKlik(f: () => void): void {
  if (ingedrukt) wachtend.push(f);
  else f();
}
