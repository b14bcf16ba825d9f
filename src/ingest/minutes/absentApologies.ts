import type { ParsedApology, ParsedName } from '../parsedDocument.js';

/** The lists this step reads and rewrites. */
interface AbsentAndApologies {
  apologies: ParsedApology[];
  absent: ParsedName[];
}

/** "Member H Doig", "Cllr J R Smith": initials then a surname, after any title. */
const INITIALLED = /(?:^|\s)((?:\p{Lu}\.?\s+){1,3})(\p{Lu}[\p{L}'’-]+)$/u;

/** "Harry Doig": a whole first name, any middle names, then the surname. */
const FULL = /^(\p{Lu}\p{Ll}+)(?:\s+\p{Lu}[\p{L}'’.-]*)*\s+(\p{Lu}[\p{L}'’-]+)$/u;

/**
 * "ABSENT / Member / Harry Doig / apology" over "accept the apology from Member H Doig for absence": a member listed
 * as absent whose apology the minutes accept by initial and surname is one person, who sent an apology. The apology
 * takes the name as the list wrote it in full, and the member leaves the absent list.
 */
export function apologiesNamedInFull(into: AbsentAndApologies): void {
  for (const [n, apology] of into.apologies.entries()) {
    const short = INITIALLED.exec(apology.name);
    if (!short) continue;
    const initial = short[1]!.trim()[0]!;
    const k = into.absent.findIndex((a) => {
      const full = FULL.exec(a.name);
      return !!full && full[2] === short[2] && full[1]![0] === initial;
    });
    if (k < 0) continue;
    into.apologies[n] = { ...apology, name: into.absent[k]!.name, span: into.absent[k]!.span };
    into.absent.splice(k, 1);
  }
}
