/**
 * The examples of the Data page, highlighted with Shiki into classes (src/site/highlight.ts),
 * made once per build: the page shows their HTML, /data/voorbeelden.css serves their classes.
 */
import { corpus } from '../../site/model.ts';
import { shorten } from '../../model/text.ts';
import { actionsCsv, dataMeta } from '../../site/opendata.ts';
import { CSVW_PATH } from '../../site/datafiles.ts';
import { edition } from '../../site/edition.ts';
import { pageRecord } from '../../site/pagedata.ts';
import { routeData } from '../../site/route-data.ts';
import { highlighter } from '../../site/highlight.ts';
import { file, records, urlOf } from './_data.ts';

export const EXAMPLES_CSS_PATH = '/data/voorbeelden.css';

async function make() {
  const hl = highlighter();
  const c = corpus();
  const ed = edition();
  const recs = records();
  const meta = dataMeta(ed, urlOf);
  // Examples, from the first action with a motion (or the first action), texts shortened.
  const sample = recs.find((r) => r.moties.length > 0) ?? recs[0]!;
  const short = { ...sample, omschrijving: shorten(sample.omschrijving, 90), standVanZaken: shorten(sample.standVanZaken, 90) };
  const jsonExample = await hl.highlight(
    JSON.stringify(
      { ...meta, rechten: '…', titel: c.annex.meta.title, bron: c.annex.meta.citation, aantal: recs.length, velden: { '…': '…' }, acties: [short] },
      null,
      2,
    ),
    'json',
  );
  const csvwExample = await hl.highlight(
    JSON.stringify(
      (() => {
        const m = JSON.parse(file(CSVW_PATH).text());
        m.tableSchema.columns = m.tableSchema.columns.slice(0, 2).concat(['…']);
        return m;
      })(),
      null,
      2,
    ),
    'json',
  );
  const actionPage = routeData(c).find((p) => p.kind === 'action' && p.number === 41)!;
  const pageRec = pageRecord(c, actionPage, ed, urlOf);
  const pageExample = await hl.highlight(
    JSON.stringify(
      {
        ...pageRec,
        licentie: '…',
        rechten: '…',
        tekst: pageRec.tekst.map((x) => shorten(x, 60)),
        voetnoten: pageRec.voetnoten.slice(0, 1).map((n) => ({ ...n, tekst: shorten(n.tekst, 60) })),
        gegevens: { nummer: 41, '…': '…' },
        model: '…',
      },
      null,
      2,
    ),
    'json',
  );
  const checksumExample = await hl.highlight(`sha256sum -c acties.csv.sha256\nacties.csv: OK`, 'shellsession');
  const csvExample = await hl.highlight(
    actionsCsv([short])
      .replace(/^\uFEFF/, '')
      .trimEnd(),
    'csv',
  );
  const firstPara = c.letter.blocks.find((b) => b.kind === 'paragraph') ?? c.letter.blocks[0]!;
  const blockExample = await hl.highlight(JSON.stringify(firstPara, null, 2), 'json');
  const metaExample = await hl.highlight(JSON.stringify(c.letter.meta, null, 2), 'json');
  return { jsonExample, csvwExample, pageExample, checksumExample, csvExample, blockExample, metaExample, css: hl.css() };
}

let made: ReturnType<typeof make> | undefined;
/** The examples and their style sheet, made once. */
export function examples(): ReturnType<typeof make> {
  made ??= make();
  return made;
}
