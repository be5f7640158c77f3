/** An optional tile layer (decision 003: off unless configured, because it sends readers' requests elsewhere). */
export interface TileSettings {
  url: string;
  attribution: string;
}
