/**
 * Builds a small .docx template the way Word saves one, for tests: paragraphs of runs (a tag may be
 * split over several runs, as Word does after an edit or a spell check), an optional table row, and
 * optional named styles.
 */
import PizZip from 'pizzip';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** One paragraph: each string is one run. */
export type FixtureParagraph = string[];

export interface FixtureOptions {
  paragraphs: FixtureParagraph[];
  /** Cells of one table row, each cell's runs. */
  tableRow?: FixtureParagraph[];
  /** Extra <w:style> elements. */
  styles?: string;
}

const paragraphXml = (runs: string[]) =>
  `<w:p>${runs.map((r) => `<w:r><w:rPr><w:color w:val="FF0000"/></w:rPr><w:t xml:space="preserve">${escape(r)}</w:t></w:r>`).join('')}</w:p>`;

export function templateDocx(options: FixtureOptions): Buffer {
  const zip = new PizZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    'word/_rels/document.xml.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
  );
  zip.file(
    'word/styles.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${W}><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>${options.styles ?? ''}</w:styles>`,
  );
  const table = options.tableRow
    ? `<w:tbl><w:tblPr><w:tblW w:w="8000" w:type="dxa"/></w:tblPr><w:tblGrid>${options.tableRow.map(() => '<w:gridCol w:w="1600"/>').join('')}</w:tblGrid><w:tr>${options.tableRow
        .map((cell) => `<w:tc><w:tcPr><w:tcW w:w="1600" w:type="dxa"/></w:tcPr>${paragraphXml(cell)}</w:tc>`)
        .join('')}</w:tr></w:tbl><w:p/>`
    : '';
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${options.paragraphs.map(paragraphXml).join('')}${table}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>`,
  );
  return zip.generate({ type: 'nodebuffer' });
}
