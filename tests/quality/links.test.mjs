// Gate: every internal link, asset reference (href/src/srcset, CSS url()) and #fragment in the built site resolves.
import { checkLinks } from './lib/links.mjs';
import { finish, parseArgs, siteUnderTest } from './lib/site.mjs';

const args = parseArgs();
const site = siteUnderTest(args);
const { problems, checked, files } = checkLinks(site);
finish(problems, `links: ${checked} references in ${files} files, all resolve`);
