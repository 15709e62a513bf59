import { sendEarly, requestBody } from '../earlyRequests';
import { initialLanguage } from '../i18n/languages';
import { firstRequests } from './showroomQueries';

// The early entry: the HTML of a showroom page loads it beside the app (apps/api/src/http/web-app.ts), and it
// asks for the page's first data while the app's scripts are still arriving (earlyRequests.ts).
for (const { document, variables } of firstRequests(window.location)) sendEarly(requestBody(document, variables), initialLanguage());
