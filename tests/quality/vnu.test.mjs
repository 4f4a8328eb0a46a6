// Gate: every page (and stylesheet, SVG) of the built example site passes the Nu Html Checker with 0 errors.
import { checkHtml } from './lib/vnu.mjs';
import { finish, parseArgs, requirePackage, siteUnderTest } from './lib/site.mjs';

const args = parseArgs();
requirePackage(args.source, 'vnu-jar');
const site = siteUnderTest(args);
const { problems, warnings, checked } = checkHtml(site, args.source);
for (const w of warnings) console.log(w);
finish(problems, `vnu: ${checked} files, 0 errors, ${warnings.length} warnings`);
