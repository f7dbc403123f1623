import type { Page } from '../../../schemas/types.ts';
import { normaliseCharacters } from '../../normalise/normalise-text.ts';
import type { DocumentProfile } from '../profile.ts';
import { digidenKoufukinJireishu } from './digiden-koufukin-jireishu.ts';
import { soumuDigidenShisaku } from './soumu-digiden-shisaku.ts';
import { soumuJutenShisaku } from './soumu-juten-shisaku.ts';
import { soumuShisakuFy2021 } from './soumu-shisaku-fy2021.ts';

/** Every family the pipeline understands, most specific first. */
export const PROFILES: readonly DocumentProfile[] = [soumuDigidenShisaku, soumuShisakuFy2021, soumuJutenShisaku, digidenKoufukinJireishu];

/** Pages looked at to recognise a family: past the cover and contents. */
const RECOGNITION_PAGES = 8;

/** The profile whose marker strings all occur in the first pages, or undefined (generic text and tables only). */
export function detectProfile(pages: readonly Page[]): DocumentProfile | undefined {
  const text = normaliseCharacters(
    pages
      .slice(0, RECOGNITION_PAGES)
      .flatMap((page) => page.lines.map((line) => line.text))
      .join(''),
  ).replace(/\s+/gu, '');
  return PROFILES.find((profile) => profile.recognise.every((marker) => text.includes(marker)));
}

export function profileById(id: string): DocumentProfile | undefined {
  return PROFILES.find((profile) => profile.id === id);
}
