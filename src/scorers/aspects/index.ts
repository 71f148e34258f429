// The aspect scorer: mentions and activities, opinions attributed to them, results and per-category summaries.
import type { Doc } from '../../doc/readDoc.js';
import type { Token } from '../../doc/token.js';
import type { AspectResult, AspectSummary, SentenceResult } from '../../result.js';
import { normalizeScore, toSentimentScore } from '../label.js';
import { type Attribution, attribute, locateOpinions } from './attribution.js';
import { sentenceClauses } from './clauses.js';
import { findPatterns } from '../../patterns/matcher.js';
import { UNCATEGORIZED, findMentions } from './mentions.js';
import type { AspectConfig, AspectMention, OpinionToken } from './types.js';
import { aspectThresholds, summarize } from './summary.js';

/** The aspects of a document, deduplicated by term, with the sentiment their own clauses express. */
export function scoreAspects(
  doc: Doc,
  sentences: readonly SentenceResult[],
  config: AspectConfig,
): { aspects: AspectResult[]; aspectSummary: Record<string, AspectSummary> } {
  const thresholds = aspectThresholds(config.thresholds);
  const opinionsBySentence = locateOpinions(doc, sentences);
  const byKey = new Map<string, { result: AspectResult; sums: Attribution }>();
  doc.sentences.forEach((sentence, s) => {
    const opinions = opinionsBySentence[s] ?? [];
    const opinionTokens = new Map<number, OpinionToken>();
    for (const { index, evidence } of opinions)
      for (let i = index; i < doc.tokens.length && doc.tokens[i]!.start < evidence.end; i++) {
        // A movement's metric is what the opinion is about ("the prices are too high"): an aspect, not an opinion word.
        const token = doc.tokens[i]!;
        if (evidence.metric && token.start >= evidence.metric.start && token.end <= evidence.metric.end) continue;
        opinionTokens.set(i, { valence: evidence.valence, phraseStart: index });
      }
    const clauses = sentenceClauses(doc.tokens, sentence);
    const { taxonomy } = config;
    const named = 'byWord' in taxonomy ? findPatterns(doc.tokens, sentence.first, sentence.end, taxonomy) : taxonomy[s]!;
    const mentions = findMentions(doc.tokens, sentence, opinionTokens, named, config, clauses);
    // The subject takes the opinion words near it, so they are not handed to other aspects, and is then left out.
    const attributions = attribute(doc.tokens, sentence, mentions, opinions, clauses);
    mentions.forEach((mention, k) => {
      if (mention.isSubject) return;
      const start = doc.tokens[mention.first]!.start;
      const end = doc.tokens[mention.end - 1]!.end;
      const text = doc.text.slice(start, end);
      const key = mention.categoryOnly ? `category:${mention.category}` : termKey(doc.tokens, mention);
      let entry = byKey.get(key);
      if (!entry) {
        entry = {
          result: {
            term: text,
            category: mention.category,
            kind: mention.categoryOnly ? 'category' : 'term',
            start,
            end,
            mentions: [],
            sentiment: toSentimentScore(0, 0, 0, thresholds),
            evidence: [],
          },
          sums: { weight: 0, positive: 0, negative: 0, evidence: [] },
        };
        byKey.set(key, entry);
      }
      if (entry.result.category === UNCATEGORIZED && mention.category !== UNCATEGORIZED) entry.result.category = mention.category;
      entry.result.mentions.push({ text, start, end });
      const attribution = attributions[k]!;
      entry.sums.weight += attribution.weight;
      entry.sums.positive += attribution.positive;
      entry.sums.negative += attribution.negative;
      entry.result.evidence.push(...attribution.evidence);
    });
  });
  const aspects = [...byKey.values()].map(({ result, sums }) => {
    result.sentiment = toSentimentScore(normalizeScore(sums.weight), sums.positive, sums.negative, thresholds);
    return result;
  });
  return { aspects, aspectSummary: summarize(aspects, thresholds) };
}

/** "The dashboards" and "dashboard" are one aspect: lower case, last word by its lemma. */
export function termKey(tokens: readonly Token[], mention: AspectMention): string {
  const words = tokens.slice(mention.first, mention.end);
  return words.map((token, i) => (i === words.length - 1 ? token.lemma : token.normal)).join(' ');
}
