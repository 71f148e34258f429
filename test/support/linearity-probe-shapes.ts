// Generated inputs for the linearity test: each shape stresses one stage of the analysis.

/** The shapes analysed with aspects on. */
export const ASPECT_SHAPES: ReadonlySet<string> = new Set(['many aspects', 'many aspects in one huge sentence']);

/** Generators of text about `size` characters long, each stressing one stage. */
export const SHAPES: Record<string, (size: number) => string> = {
  'many lines': (size) => 'Still broken.\n'.repeat(size / 14),
  'many sentences on one line': (size) => 'Still broken. '.repeat(size / 14),
  'many matches of one pattern': (size) => 'we will cancel our subscription '.repeat(size / 32),
  // Conditions by the hundred in one sentence, their clauses reaching across repeated words: each once swept every hit.
  'many conditions in one sentence': (size) => 'if very, very, very worried, '.repeat(size / 29),
  'negated matches in one conditional sentence': (size) => `if it fails ${'we will not cancel and '.repeat(size / 22)}`,
  'a long run of punctuation': (size) => '!?.,;'.repeat(size / 5),
  // Brackets that open links and never close them: the link pattern's look ahead is bounded.
  'many unclosed link brackets': (size) => '[the sync is broken '.repeat(size / 20),
  'a pyramid of quoted replies': (size) =>
    Array.from({ length: size / 40 }, (_, k) => `${'>'.repeat(k % 30)} the sync is broken again`).join('\n'),
  'one huge line': (size) => 'the sync is broken and support is slow '.repeat(size / 39),
  'many movements in one sentence': (size) => 'costs went up 30% and fewer errors and churn dropped and '.repeat(size / 57),
  // Times taken set against earlier ones, by the hundred in one sentence: each looks for its earlier time a bounded way.
  'many times taken in one sentence': (size) => 'it takes 40 seconds instead of 3, it used to take 2 and '.repeat(size / 56),
  // "Save" by the hundred in one clause, storing and sparing: each looks a bounded way either side.
  'many saves in one sentence': (size) => 'saving the file when saving saves us time and '.repeat(size / 46),
  'many aspects': (size) => 'The dashboard is slow, the export is broken and billing is wrong. '.repeat(size / 67),
  // Opinion words and aspects by the hundred in one clause: each was once weighed against every other.
  'many aspects in one huge sentence': (size) => 'the export and the dashboard look great with the invoice '.repeat(size / 57),
  // A fix read for a condition before it: the look back is bounded, not the whole sentence.
  'many fixes in one sentence': (size) => 'we fixed the crash and '.repeat(size / 23),
  // Praise denied clause after clause, and claims made to the writer, in one sentence: each is read by a pointer.
  'many elliptical denials in one sentence': (size) => 'the UI is nice, the speed is not, '.repeat(size / 34),
  'many claims in one sentence': (size) => 'you said it was great and we were told it was fixed, '.repeat(size / 54),
  // The counterfactual and the request read a sentence's "if" and each praise's modal once (rules/unmet.ts, conditional.ts).
  'many counterfactuals and requests in one sentence': (size) =>
    'a call would have been nice, it would be great to know, '.repeat(size / 56),
  // Praise in scare quotes by the hundred in one clause: each mocked word's frame is walked once.
  'many scare-quoted words in one sentence': (size) => 'loving the new "improved" '.repeat(size / 26),
  // Praise by the hundred in one clause with a situation and remedies after it: the clause's last remedy is found once.
  'many praise words beside a situation and remedies': (size) =>
    `on hold for an hour, ${'so glad and great, nobody fixed it and '.repeat(size / 40)}`,
  // Compound hashtags, each new: a tag is split once and remembered.
  // Thanks by the hundred in one sentence, each for a harm: each thanks walks to its own thing, not through every hit.
  'many thanks for harms in one sentence': (size) => 'thanks for the terrible support and '.repeat(size / 36),
  'many compound hashtags': (size) => Array.from({ length: size / 16 }, (_, k) => `#badservice${k.toString(36)} `).join(''),
  'an HTML newsletter': (size) =>
    `<html><body><table>${'<tr><td style="color:#333"><p>The sync is <b>broken</b> &amp; slow.</p></td></tr>'.repeat(size / 76)}</table>`,
  'unclosed HTML elements': (size) => `<div>${'<font size="2"><div>still broken '.repeat(size / 35)}`,
};
