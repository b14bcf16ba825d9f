/**
 * Common English-language given names, with their short forms, that are seldom surnames or places. A list of
 * names run together tells where each person starts by them; names that are as often surnames ("Grant", "Scott",
 * "Thomas") are left out, so a word here is a first name wherever it stands.
 */
const GIVEN_NAMES = new Set(
  `Abigail Adam Adrian Agnes Aileen Alan Alastair Alasdair Alexander Alexandra Alice Alison Alistair Amanda Amy Andrew Andy
  Angela Angus Ann Anna Anne Annette Anthony Barbara Barry Beth Bethany Beverley Bill Bob Brenda Brian Bridget Callum
  Carol Caroline Catherine Charlotte Chris Christina Christine Christopher Claire Colin Dan Daniel Danny Darren
  Dave David Deborah Debbie Denise Derek Diane Donald Donna Doreen Dorothy Eddie Edward Eileen Elaine Eleanor
  Elizabeth Emily Emma Eric Euan Fiona Frances Gary Gavin Geoff Geoffrey George Georgina Gillian Graeme Gwen
  Hamish Hannah Hazel Heather Helen Hugh Iain Ian Irene Isla Isobel Jack Jackie Jacqueline Jamie Jan Jane Janet Janice
  Jean Jennifer Jenny Jeremy Jill Jim Jimmy Jo Joan Joanna Joanne John Jon Jonathan Joyce Judith Judy Julia Julie Karen
  Kate Katherine Kathleen Kathryn Katie Keith Ken Kenneth Kevin Kirsty Laura Lesley Linda Lisa Liz Lorna Lorraine
  Louise Lucy Lynn Lynne Malcolm Margaret Maria Marion Marjorie Mark Mary Matthew Maureen Michael Michelle Mike
  Moira Morag Nancy Nick Nicola Nigel Norma Norman Pam Pamela Pat Patricia Patrick Pauline Peter Phil Philip
  Rachel Ray Rebecca Richard Rob Robbie Robert Robin Rod Roderick Roger Ron Ronald Rosemary Ruth Sally Sam Samantha Sandra
  Sandy Sarah Sean Sheila Shirley Simon Sophie Stephen Steve Steven Stuart Sue Susan Suzanne Tom Tommy Tony Tracy Trevor
  Valerie Vicky Victoria Wendy Yvonne`.split(/\s+/),
);

/** Whether a word is a common given name ("Jo", "Alasdair"). */
export function isGivenName(word: string): boolean {
  return GIVEN_NAMES.has(word);
}
