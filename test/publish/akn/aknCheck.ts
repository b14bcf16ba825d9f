import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateXML } from 'xmllint-wasm';

const DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/schemas/akn-3.0');
const XSD = path.join(DIR, 'akomantoso30.xsd');

/** Whether the OASIS Akoma Ntoso 3.0 XSD is committed beside the tests (see its README). */
export const HAS_AKN_XSD = fs.existsSync(XSD);

/**
 * libxml2 (xmllint-wasm) on the document: against the Akoma Ntoso 3.0 XSD (with its xml.xsd) when
 * the schema is present; otherwise parsed and re-serialised, which fails on anything not well-formed.
 */
export async function aknProblems(xml: string): Promise<string[]> {
  const file = { fileName: 'minutes.xml', contents: xml };
  const result = HAS_AKN_XSD
    ? await validateXML({
        xml: file,
        schema: { fileName: 'akomantoso30.xsd', contents: fs.readFileSync(XSD, 'utf8') },
        preload: { fileName: 'xml.xsd', contents: fs.readFileSync(path.join(DIR, 'xml.xsd'), 'utf8') },
      })
    : await validateXML({ xml: file, normalization: 'format' });
  return result.valid ? [] : result.errors.map((e) => e.message);
}
