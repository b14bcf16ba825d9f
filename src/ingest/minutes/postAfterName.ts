/**
 * A names table flattened into one run ("Alderman O Daniels Speaker Alderman M Koen Executive Mayor"): each name,
 * split at its title, keeps its post after it. A name written as title, initials and surname ends with the surname;
 * words after it that name a post are the post, not more of the name.
 */
/** Titles that open a member's name in such a run (names.ts, which reads lists, calls this module). */
const TITLE = String.raw`(?:Alder(?:man|woman)|Councill?or|Cllr|Cr|Mr|Mrs|Ms|Miss|Dr)`;

const INITIALS_NAME = new RegExp(
  String.raw`^(${TITLE}\.?\s+(?:\p{Lu}{1,3}\.?\s+){1,3}(?:(?:van|von|de|der|den|le|la|du|da|di)\s+)*\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?)\s+(\p{Lu}.*)$`,
  'u',
);

/** Posts held by members, written after the name: "Speaker", "Executive Mayor", "Deputy Leader", "Chief Whip". */
const MEMBER_POST_AFTER =
  /^(?:(?:Executive|Deputy|Acting|Lord|Vice|Chief|Opposition|Majority|Minority)[\s-]+)?(?:Mayor|Speaker|Chair(?:man|person|woman)?|Leader|Whip|President)$/;

export function splitPostAfterName(
  text: string,
  isPost: (text: string) => boolean,
): { name: string; post: string } | null {
  const m = INITIALS_NAME.exec(text.trim());
  if (!m) return null;
  const post = m[2]!.replace(/\s*\([^)]*\)\s*$/, '').trim();
  return MEMBER_POST_AFTER.test(post) || isPost(post) ? { name: m[1]!, post: m[2]!.trim() } : null;
}
