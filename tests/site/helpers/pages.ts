/** The routes of the generated pages (documents, themes, actions, recommendations), from the model. */
import { CorpusSchema } from '../../../src/model/schema.ts';
import { routeData } from '../../../src/site/route-data.ts';
import { loadModel } from './model.ts';

export const CORPUS_PAGES_ROUTES: string[] = routeData(CorpusSchema.parse(loadModel())).map((p) => p.route);
