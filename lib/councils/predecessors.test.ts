import { describe, expect, it } from "vitest";
import { currentCouncilsOf, describeVia, viaPredecessors } from "./predecessors";
import type { SuccessionCouncil, SuccessionLink } from "./resolve.server";

const council = (id: number, gss: string, name: string, abolishedOn: string | null = null): SuccessionCouncil => ({
  id,
  gss,
  name,
  abolishedOn,
});
const link = (predecessor: SuccessionCouncil, successor: SuccessionCouncil, current = true): SuccessionLink => ({
  predecessor,
  successor: { ...successor, current },
});

const allerdale = council(1, "E07000026", "Allerdale", "2023-03-31");
const copeland = council(2, "E07000029", "Copeland", "2023-03-31");
const cumbria = council(3, "E10000006", "Cumbria", "2023-03-31");
const cumberland = council(4, "E06000063", "Cumberland");
const westmorland = council(5, "E06000064", "Westmorland and Furness");
const tauntonDeane = council(6, "E07000190", "Taunton Deane", "2019-03-31");
const swt = council(7, "E07000246", "Somerset West and Taunton", "2023-03-31");
const somerset = council(8, "E06000066", "Somerset");

describe("viaPredecessors", () => {
  const links = [link(allerdale, cumberland), link(copeland, cumberland), link(cumbria, cumberland)];

  it("names the abolished members a partnership counts through, each once", () => {
    expect(viaPredecessors(["E07000026", "E07000029", null], links)).toEqual([
      {
        gss: "E07000026",
        name: "Allerdale",
        abolishedOn: "2023-03-31",
        successorGss: "E06000063",
        successorName: "Cumberland",
      },
      {
        gss: "E07000029",
        name: "Copeland",
        abolishedOn: "2023-03-31",
        successorGss: "E06000063",
        successorName: "Cumberland",
      },
    ]);
  });

  it("names none when the chosen council is itself a member, or no council was chosen", () => {
    expect(viaPredecessors(["E07000026", "E06000063"], links)).toEqual([]);
    expect(viaPredecessors(["E07000026"], [])).toEqual([]);
  });
});

describe("describeVia", () => {
  const via = (c: SuccessionCouncil) => ({ ...c, successorGss: "E06000063", successorName: "Cumberland" });

  it('says "as Allerdale, abolished 2023"', () => {
    expect(describeVia([via(allerdale)])).toBe("as Allerdale, abolished 2023");
    expect(describeVia([via(allerdale), via(copeland)])).toBe("as Allerdale and Copeland, abolished 2023");
  });

  it("gives each year when they differ, and says nothing for none", () => {
    expect(describeVia([via(tauntonDeane), via(swt)])).toBe(
      "as Taunton Deane (abolished 2019) and Somerset West and Taunton (abolished 2023)",
    );
    expect(describeVia([])).toBe("");
  });
});

describe("currentCouncilsOf", () => {
  it("leads each abolished council to today's councils: through chains, and to each council of a split", () => {
    const links = [
      link(cumbria, cumberland),
      link(cumbria, westmorland),
      link(tauntonDeane, swt, false),
      link(tauntonDeane, somerset),
      link(swt, somerset),
    ];
    const current = currentCouncilsOf(links);
    expect(current.get(cumbria.id)).toEqual([cumberland.id, westmorland.id]);
    expect(current.get(tauntonDeane.id)).toEqual([somerset.id]);
    expect(current.get(swt.id)).toEqual([somerset.id]);
    expect(current.has(somerset.id)).toBe(false);
  });
});
