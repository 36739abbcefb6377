/** Reads the web development set (../shared/corpus/web beside the project root) and scores the parser on it. */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseNotice } from '../../../shared/parser/parseNotice';
import { CORPUS_DIR } from '../../corpus';
import { scoreCorpus, scoreDocument, type CorpusScore, type WebTruth } from './webCorpusScore';

export const WEB_DIR = resolve(CORPUS_DIR, 'web');

export const WEB_NAMES = readdirSync(resolve(WEB_DIR, 'inputs'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.replace(/\.txt$/, ''))
  .sort();

export function webInput(name: string): string {
  return readFileSync(resolve(WEB_DIR, 'inputs', `${name}.txt`), 'utf8');
}

export function webTruth(name: string): WebTruth {
  return JSON.parse(readFileSync(resolve(WEB_DIR, 'truth', `${name}.json`), 'utf8')) as WebTruth;
}

export function scoreWebCorpus(names: readonly string[] = WEB_NAMES): CorpusScore {
  return scoreCorpus(names.map((name) => scoreDocument(name, webTruth(name), parseNotice(webInput(name)))));
}
