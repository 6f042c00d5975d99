// Text cut into sentences, the same way for every claims test and the explanations test: a sentence
// ends at . ! or ? before a space, except after an abbreviation or before a number.

export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<!\b(?:Eq|Fig|Figs|Sec|al|e\.g|i\.e|vs)\.)(?<=[.!?])\s+(?!\d)/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
