/**
 * Reads a labelled set laid out as the web development set (inputs/NAME.txt, truth/NAME.json) and scores the
 * parser on it. The web set (../shared/corpus/web beside the project root) is the one the suite uses; the reports
 * take `--dir` for any other set labelled by the same conventions.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseNotice } from '../../../shared/parser/parseNotice';
import { CORPUS_DIR } from '../../corpus';
import { scoreCorpus, scoreDocument, type CorpusScore, type WebTruth } from './webCorpusScore';

export interface LabelledSet {
  readonly names: readonly string[];
  input(name: string): string;
  truth(name: string): WebTruth;
}

export function labelledSet(dir: string): LabelledSet {
  return {
    names: readdirSync(resolve(dir, 'inputs'))
      .filter((f) => f.endsWith('.txt'))
      .map((f) => f.replace(/\.txt$/, ''))
      .sort(),
    input: (name) => readFileSync(resolve(dir, 'inputs', `${name}.txt`), 'utf8'),
    truth: (name) => JSON.parse(readFileSync(resolve(dir, 'truth', `${name}.json`), 'utf8')) as WebTruth,
  };
}

export const WEB_DIR = resolve(CORPUS_DIR, 'web');
const WEB = labelledSet(WEB_DIR);
export const WEB_NAMES = WEB.names;
export const webInput = WEB.input;
export const webTruth = WEB.truth;

/** A set's figures for the names given (all by default), each text passed through `prepare` first. */
export function scoreLabelledSet(
  set: LabelledSet,
  names: readonly string[] = set.names,
  prepare: (text: string) => string = (text) => text,
): CorpusScore {
  return scoreCorpus(names.map((name) => scoreDocument(name, set.truth(name), parseNotice(prepare(set.input(name))))));
}

export function scoreWebCorpus(names: readonly string[] = WEB_NAMES): CorpusScore {
  return scoreLabelledSet(WEB, names);
}

/** `--dir PATH` picks the set a report reads (the web set without it); the other arguments are returned. */
export function setFromArgs(args: readonly string[]): { set: LabelledSet; rest: string[] } {
  const at = args.indexOf('--dir');
  if (at < 0) return { set: WEB, rest: [...args] };
  return { set: labelledSet(resolve(args[at + 1])), rest: args.filter((_, i) => i !== at && i !== at + 1) };
}
