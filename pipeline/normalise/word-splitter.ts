import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import kuromoji from 'kuromoji';
import type { WordSplitter } from './wrap-spaces.ts';

let loading: Promise<WordSplitter> | undefined;

/**
 * kuromoji with its IPADIC dictionary, built once per process on first use (it holds about
 * 370 MiB, so only runs whose profile reads word spaces should ask for it).
 */
export function loadWordSplitter(): Promise<WordSplitter> {
  loading ??= new Promise<WordSplitter>((resolve, reject) => {
    const dicPath = join(dirname(createRequire(import.meta.url).resolve('kuromoji/package.json')), 'dict');
    kuromoji.builder({ dicPath }).build((error, tokenizer) => {
      if (error !== null && error !== undefined) {
        loading = undefined;
        reject(new Error(`Cannot load the kuromoji dictionary: ${dicPath}`, { cause: error }));
        return;
      }
      resolve((text) => tokenizer.tokenize(text).map((t) => ({ surface: t.surface_form, pos: t.pos, posDetail: t.pos_detail_1 })));
    });
  });
  return loading;
}

/** The word splitter for a profile that reads wrap spaces (`wrapSpaces`), loaded on first need; undefined for the others. */
export async function wordSplitterFor(profile: { wrapSpaces?: object }): Promise<WordSplitter | undefined> {
  return profile.wrapSpaces === undefined ? undefined : loadWordSplitter();
}
