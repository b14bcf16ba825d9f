/**
 * A record with the document it was read from (null when entered by hand). A full export carries
 * it, so that a load into another database keeps where every fact came from.
 */
export type Sourced<T> = T & { readonly sourceDocumentId: string | null };
