import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateXML } from 'xmllint-wasm';

const DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/schemas/akn-3.0');

/** The OASIS Akoma Ntoso 3.0 schema and the W3C xml.xsd it imports, committed beside the tests (see their README). */
export const AKN_XSD = path.join(DIR, 'akomantoso30.xsd');
export const XML_XSD = path.join(DIR, 'xml.xsd');

let schemas: { akn: string; xml: string } | undefined;

function loadSchemas(): { akn: string; xml: string } {
  // Read on first use: a missing schema fails the test that needs it, loudly, never a quieter check.
  schemas ??= { akn: fs.readFileSync(AKN_XSD, 'utf8'), xml: fs.readFileSync(XML_XSD, 'utf8') };
  return schemas;
}

/**
 * libxml2 (xmllint-wasm) validation of the document against the Akoma Ntoso 3.0 XSD: the messages
 * of every error, or [] when it is valid. The XSD imports `./xml.xsd`, preloaded under that name.
 */
export async function aknProblems(xml: string): Promise<string[]> {
  const { akn, xml: xmlXsd } = loadSchemas();
  const result = await validateXML({
    xml: { fileName: 'minutes.xml', contents: xml },
    schema: { fileName: 'akomantoso30.xsd', contents: akn },
    preload: { fileName: 'xml.xsd', contents: xmlXsd },
  });
  return result.valid ? [] : result.errors.map((e) => e.message);
}
