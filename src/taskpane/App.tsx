import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { useState } from "react";
import { BulkTab } from "./bulk/BulkTab";
import type { Omgeving } from "./omgeving";
import { TariefInstellingen } from "./tarieven/TariefInstellingen";
import { useTariefsets } from "./tarieven/useTariefsets";
import { Wizard } from "./wizard/Wizard";

const useStijl = makeStyles({
  pagina: {
    maxWidth: "720px",
    margin: "0 auto",
    padding: tokens.spacingHorizontalM,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  kop: { display: "flex", flexDirection: "column" },
});

export function App({ omgeving }: { omgeving: Omgeving }) {
  const stijl = useStijl();
  const tarieven = useTariefsets(omgeving);
  const [tab, zetTab] = useState<"rekenhulp" | "tarieven" | "bulk">("rekenhulp");
  const actief = tarieven.actief;
  const geenSet = (
    <MessageBar intent="error">
      <MessageBarBody>
        Er wordt niet gerekend zolang de tabel Tarieven in de werkmap ongeldig is; zie het tabblad Tarieven.
      </MessageBarBody>
    </MessageBar>
  );
  return (
    <FluentProvider theme={webLightTheme}>
      <main className={stijl.pagina}>
        <header className={stijl.kop}>
          <Text as="h1" size={600} weight="semibold">
            Rekentool Jeugdhulp
          </Text>
          <Text data-testid="tariefset">
            Tariefset:{" "}
            {actief
              ? `${actief.set.naam} (${actief.herkomst === "werkmap" ? "uit de werkmap" : actief.herkomst})`
              : "geen (tabel Tarieven ongeldig)"}{" "}
            {omgeving.inExcel ? "" : " · losse rekenhulp (buiten Excel)"}
          </Text>
        </header>
        {tarieven.tabelFouten.length > 0 && (
          <MessageBar intent="error">
            <MessageBarBody>De tabel Tarieven in de werkmap is ongeldig; zie het tabblad Tarieven.</MessageBarBody>
          </MessageBar>
        )}
        <TabList
          selectedValue={tab}
          onTabSelect={(_, d) => zetTab(d.value as "rekenhulp" | "tarieven" | "bulk")}
          aria-label="Onderdelen"
        >
          <Tab value="rekenhulp">Rekenhulp</Tab>
          <Tab value="tarieven">Tarieven</Tab>
          <Tab value="bulk">Bulk</Tab>
        </TabList>
        {/* Kept mounted when hidden, so switching tabs never loses what the user typed. */}
        <div hidden={tab !== "rekenhulp"}>{actief ? <Wizard set={actief.set} omgeving={omgeving} /> : geenSet}</div>
        <div hidden={tab !== "tarieven"}>
          <TariefInstellingen tarieven={tarieven} omgeving={omgeving} />
        </div>
        <div hidden={tab !== "bulk"}>{actief ? <BulkTab set={actief.set} omgeving={omgeving} /> : geenSet}</div>
      </main>
    </FluentProvider>
  );
}
