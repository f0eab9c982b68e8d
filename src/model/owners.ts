/**
 * The normalised owner codes: ministries (and `AT`, `Allen`) as the NDS tables abbreviate them,
 * and those of other cabinets an edition may name (`EZ` and `KGG` since 2024, `IenM` and `VenJ`
 * before 2017; `RDI`, Agentschap Telecom's successor). A ministry keeps its own code: `EZ` is not
 * `EZK`. Organisations without one are kept as written (`ownersOther`), never dropped.
 */
export const OWNER_CODES = [
  'EZK',
  'BZK',
  'OCW',
  'SZW',
  'IenW',
  'JenV',
  'VWS',
  'DEF',
  'LNV',
  'FIN',
  'BZ',
  'AZ',
  'AT',
  'Allen',
  'EZ',
  'KGG',
  'LVVN',
  'VRO',
  'AenM',
  'IenM',
  'VenJ',
  'RDI',
] as const;

export type OwnerCode = (typeof OWNER_CODES)[number];
