/** "1 service utilisé", "3 services utilisés": the number and the word that agrees with it. */
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n > 1 ? many : one}`;
