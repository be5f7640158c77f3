/** One council on a mini-map: the one the page is about ("focus") or a partner. */
export interface MiniMapCouncil {
  gss: string;
  name: string;
  formerGssCodes: string[];
  latitude: number | null;
  longitude: number | null;
  role: "focus" | "partner";
}
