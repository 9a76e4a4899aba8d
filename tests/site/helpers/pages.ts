/** The routes of the generated pages (documents, themes, actions, recommendations), from the model. */
import { CorpusSchema } from '../../../src/model/schema.ts';
import { pagesFor } from '../../../src/site/pages.ts';
import { loadModel } from './model.ts';

export const CORPUS_PAGES_ROUTES: string[] = pagesFor(CorpusSchema.parse(loadModel())).map((p) => p.data.route);
