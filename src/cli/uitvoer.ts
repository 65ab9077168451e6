/** Where the CLI writes; tests pass a recorder, the binary passes the process streams. */
export interface Uitvoer {
  stdout(tekst: string): void;
  stderr(tekst: string): void;
}
