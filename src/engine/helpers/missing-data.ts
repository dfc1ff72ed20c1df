/**
 * For a value a rule needs that the inventory holds as unknown (null) although its collection did
 * not fail: the rule throws, and the engine reports ERROR ("could not assess") rather than a guess.
 * A missing fact is never a PASS, and it is not a FAIL either.
 */
export function missingData(what: string): never {
  throw new Error(what);
}
