// The licences and attribution every download carries (see seed-data/SOURCES.md).

export const LICENCE = {
  name: "Open Government Licence v3.0",
  url: "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
} as const;

/** The statements a re-user must reproduce, one per source. */
export const ATTRIBUTION = [
  "Contains public sector information licensed under the Open Government Licence v3.0.",
  "Contains data from mySociety's UK local authority names and codes, licensed under CC BY 4.0.",
  "Source: Office for National Statistics licensed under the Open Government Licence v.3.0. Contains OS data © Crown copyright and database right.",
] as const;
