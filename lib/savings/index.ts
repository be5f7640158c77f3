// Savings claims and their annualised estimates: pure functions, no database.

export * from "./annualise";
export { periodYearsFromNote } from "./period";
export * from "./distribution";
export * from "./describe";
