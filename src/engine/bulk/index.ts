export * from "./bsn";
export * from "./declaraties";
export * from "./kolommen";
export * from "./rij";
export * from "./samenvatting";
export * from "./uitkomsten";
export * from "./verwerk";
export * from "./uitvoer";
