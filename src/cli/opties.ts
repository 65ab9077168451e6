import { parseArgs, type ParseArgsConfig } from "node:util";
import { GebruiksFout, vertaalParseFout } from "./fouten";

type Opties = NonNullable<ParseArgsConfig["options"]>;

/**
 * The command line's options, read strictly: a value that starts with '-' and is a number (--ambulant-uren -3)
 * is a value, so the engine can say what is wrong with it; an option given twice is a usage error, not the last
 * one silently winning.
 */
export function leesOpties<O extends Opties>(args: string[], options: O, positioneel: boolean) {
  const tekst = new Set(
    Object.entries(options)
      .filter(([, o]) => o.type === "string")
      .map(([naam]) => `--${naam}`),
  );
  const samen: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (tekst.has(args[i]) && i + 1 < args.length && /^-\d/.test(args[i + 1])) samen.push(`${args[i]}=${args[++i]}`);
    else samen.push(args[i]);
  }
  let gelezen;
  try {
    gelezen = parseArgs({ args: samen, options, strict: true, allowPositionals: positioneel, tokens: true });
  } catch (fout) {
    throw vertaalParseFout(fout);
  }
  const gezien = new Set<string>();
  for (const t of gelezen.tokens ?? []) {
    if (t.kind !== "option") continue;
    // An option that may be repeated (several folders of messages) says so with `multiple`.
    if (gezien.has(t.name) && !(options[t.name] as { multiple?: boolean }).multiple)
      throw new GebruiksFout(`Optie --${t.name} is meer dan één keer gegeven; geef elke optie één keer.`);
    gezien.add(t.name);
  }
  return { values: gelezen.values, positionals: gelezen.positionals };
}
