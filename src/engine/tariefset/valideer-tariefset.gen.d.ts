import type { ErrorObject } from "ajv";
import type { TariefsetBron } from "./types";

/** The precompiled schema check (scripts/maak-validator.js). */
declare const valideer: {
  (data: unknown): data is TariefsetBron;
  errors?: ErrorObject[] | null;
};
export = valideer;
