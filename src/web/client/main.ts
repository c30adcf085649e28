/// <reference lib="dom" />
// The pages' one script: each page's behaviour, chosen by the page's data block.
import { initDraftPage } from './draft-page.js';
import { readPageData } from './page-data.js';
import { initRunPage } from './run-page.js';

const data = readPageData();
if (data.page === 'new') initDraftPage(data);
if (data.page === 'run') initRunPage(data);
