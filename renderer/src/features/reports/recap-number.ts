// One formatter for every count on the screen: Number#toLocaleString builds a new Intl.NumberFormat
// on each call, and a recap by OPD and status shows about 700 counts.
const ID_NUMBERS = new Intl.NumberFormat('id-ID');

/** A count the Indonesian way ("1.234"). */
export const formatCount = (n: number): string => ID_NUMBERS.format(n);
