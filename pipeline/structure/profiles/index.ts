import { join } from 'node:path';
import type { Page } from '../../../schemas/types.ts';
import { normaliseCharacters } from '../../normalise/normalise-text.ts';
import { ProfileFileError } from '../../errors.ts';
import { packageRoot } from '../../package-root.ts';
import { profilesInFolder } from '../load-profiles.ts';
import type { DocumentProfile } from '../profile.ts';

/** The families that ship with the pipeline: the profile files beside this module's source. */
export const BUILT_IN_PROFILES_DIR = join(packageRoot, 'pipeline', 'structure', 'profiles');

/** Pages looked at to recognise a family: past the cover and contents. */
const RECOGNITION_PAGES = 8;

/**
 * The families a run knows: a user's own (`--profiles DIR`) before the built-in ones, so that a
 * user's profile can take over a document; most specific first within each (most markers).
 */
export class ProfileRegistry {
  readonly profiles: readonly DocumentProfile[];

  constructor(profiles: readonly DocumentProfile[]) {
    const ids = new Set<string>();
    for (const profile of profiles) {
      if (ids.has(profile.id)) throw new ProfileFileError(`two profiles have the id ${profile.id}`);
      ids.add(profile.id);
    }
    this.profiles = profiles;
  }

  /** The profile whose marker strings all occur in the first pages, or undefined. */
  detect(pages: readonly Page[]): DocumentProfile | undefined {
    const text = normaliseCharacters(
      pages
        .slice(0, RECOGNITION_PAGES)
        .flatMap((page) => page.lines.map((line) => line.text))
        .join(''),
    ).replace(/\s+/gu, '');
    return this.profiles.find((profile) => profile.recognise.length > 0 && profile.recognise.every((marker) => text.includes(marker)));
  }

  byId(id: string): DocumentProfile | undefined {
    return this.profiles.find((profile) => profile.id === id);
  }
}

const byMarkers = (a: DocumentProfile, b: DocumentProfile): number => b.recognise.length - a.recognise.length || a.id.localeCompare(b.id);

let builtIn: ProfileRegistry | undefined;

/**
 * The registry of the built-in profiles and those of `extraDirs` (a user's folders, in front).
 * The built-in one is read once per process.
 */
export function profileRegistry(extraDirs: readonly string[] = []): ProfileRegistry {
  builtIn ??= new ProfileRegistry(profilesInFolder(BUILT_IN_PROFILES_DIR).sort(byMarkers));
  if (extraDirs.length === 0) return builtIn;
  const own = extraDirs.flatMap((dir) => profilesInFolder(dir)).sort(byMarkers);
  return new ProfileRegistry([...own, ...builtIn.profiles.filter((profile) => !own.some((o) => o.id === profile.id))]);
}
