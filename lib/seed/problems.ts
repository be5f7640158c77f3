// What is wrong with a seed folder, said so a curator can find it: "partnerships.csv:12: savings_gbp: ...".

export type SeedProblem = {
  file: string;
  /** The physical line in the file (the header is line 1); null for a problem with the whole file. */
  line: number | null;
  /** The column concerned, when there is one. */
  field: string | null;
  message: string;
};

export function formatProblem({ file, line, field, message }: SeedProblem): string {
  return [line === null ? file : `${file}:${line}`, field, message].filter((part) => part !== null).join(": ");
}

/** Thrown by loadSeed when the folder has problems; nothing has been written. */
export class SeedValidationError extends Error {
  readonly problems: readonly SeedProblem[];

  constructor(problems: readonly SeedProblem[]) {
    const shown = problems.slice(0, 20).map(formatProblem);
    const more = problems.length > shown.length ? [`... and ${problems.length - shown.length} more`] : [];
    super(`The seed data has ${problems.length} problem(s); nothing was loaded:\n${[...shown, ...more].join("\n")}`);
    this.name = "SeedValidationError";
    this.problems = problems;
  }
}
