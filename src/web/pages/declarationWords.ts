import {
  conductInWords,
  DECLARATION_KIND_LABELS,
  declarationKindOf,
  type DeclarationConduct,
  type DeclarationKind,
} from '../../domain/declaration.js';

/**
 * A declaration as the public pages write it: the kind first, unless its own words already name
 * it (as imported ones do), then what the member did where the record says ("(left the room; took
 * no part)"). Plain text: the page escapes it.
 */
export function declarationWords(
  d: DeclarationConduct & { readonly kind: DeclarationKind; readonly text: string },
): string {
  const kind =
    d.kind === 'unspecified' || declarationKindOf(d.text) === d.kind ? '' : `${DECLARATION_KIND_LABELS[d.kind]}: `;
  const conduct = conductInWords(d);
  return `${kind}${d.text}${conduct ? ` (${conduct})` : ''}`;
}
