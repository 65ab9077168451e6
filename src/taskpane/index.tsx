import { createRoot } from "react-dom/client";
import { App } from "./App";
import { bepaalOmgeving } from "./omgeving";

void bepaalOmgeving().then((omgeving) => {
  createRoot(document.getElementById("app")!).render(<App omgeving={omgeving} />);
});
