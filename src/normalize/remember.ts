// Answers to a question about a text, remembered for the texts asked lately. Several stages ask
// the same recogniser about the same line or paragraph (furniture removal and web furniture both
// read each short line as a date line; the page's city and each article's place both look for
// place names in the same paragraphs), and the line joiner asks again on every pass until
// nothing joins. Only for pure functions of their arguments; an answer is a value, a list of
// strings or a flat record, frozen and typed read-only, so no caller can change what the next
// caller is told.

/**
 * How many questions a function remembers before it forgets them all at once: more than any
 * clipping's distinct lines (the largest seed, a 249 KB survey of Jilin's organisation work,
 * has 2,801), so the repeats within one file all hit.
 */
const REMEMBERED = 4096;

type Value = string | number | boolean | null | undefined;
/** what may be remembered: nothing a caller could reach into and change */
export type Answer = Value | readonly string[] | Readonly<Record<string, Value>>;

/** every function's answers, so a benchmark can forget them all between files */
const everyAnswers: Array<Map<string, unknown>> = [];

/** Forget every remembered answer (a benchmark timing one file's own repeats, not earlier files'). */
export function forgetAnswers(): void {
  for (const answers of everyAnswers) answers.clear();
}

/** `answer`, remembered by `keyOf` its arguments (which must tell every different question apart) */
export function remembered<Args extends unknown[], T extends Answer>(
  answer: (...args: Args) => T,
  keyOf: (...args: Args) => string,
): (...args: Args) => Readonly<T> {
  const answers = new Map<string, Readonly<T>>();
  everyAnswers.push(answers);
  return (...args) => {
    const key = keyOf(...args);
    let found = answers.get(key);
    if (found === undefined && !answers.has(key)) {
      if (answers.size >= REMEMBERED) answers.clear();
      found = Object.freeze(answer(...args));
      answers.set(key, found);
    }
    return found as Readonly<T>;
  };
}

/** `answer`, remembered by its one argument, the text asked about */
export const rememberedByText = <T extends Answer>(answer: (text: string) => T) =>
  remembered(answer, (text: string) => text);
