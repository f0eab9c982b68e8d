/** The normalised owner codes: ministries (and `AT`, `Allen`) as the NDS tables abbreviate them. */
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
] as const;

export type OwnerCode = (typeof OWNER_CODES)[number];
