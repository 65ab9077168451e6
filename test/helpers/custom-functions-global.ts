/** Excel's CustomFunctions runtime, reduced to what our functions use, so jest can call them as plain functions. */
class FakeExcelFout {
  constructor(
    public code: string,
    public message?: string,
  ) {}
}

(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
  Error: FakeExcelFout,
  ErrorCode: {
    invalidValue: "#VALUE!",
    notAvailable: "#N/A",
    divisionByZero: "#DIV/0!",
    invalidNumber: "#NUM!",
    nullReference: "#NULL!",
    invalidName: "#NAME?",
    invalidReference: "#REF!",
  },
  associate: () => undefined,
};
