// Answers to a question about a text, remembered for the texts asked lately. Several stages ask
// the same recogniser about the same line or paragraph (furniture removal and web furniture both
// read each short line as a date line; the page's city and each article's place both look for
// place names in the same paragraphs), and the line joiner asks again on every pass until
// nothing joins. Only for pure functions of the text; answers are frozen so no caller can
// change what the next caller is told.

/** How many texts are remembered: more than any clipping's distinct lines, so a file's repeats all hit. */
const REMEMBERED = 4096;

/** every function's answers, so a benchmark can forget them all between files */
const everyAnswers: Array<Map<string, unknown>> = [];

/** Forget every remembered answer (a benchmark timing one file's own repeats, not earlier files'). */
export function forgetAnswers(): void {
  for (const answers of everyAnswers) answers.clear();
}

export function rememberedByText<T>(answer: (text: string) => T): (text: string) => T {
  const answers = new Map<string, T>();
  everyAnswers.push(answers);
  return (text) => {
    let found = answers.get(text);
    if (found === undefined && !answers.has(text)) {
      if (answers.size >= REMEMBERED) answers.clear();
      found = answer(text);
      if (typeof found === 'object' && found !== null) Object.freeze(found);
      answers.set(text, found);
    }
    return found as T;
  };
}
