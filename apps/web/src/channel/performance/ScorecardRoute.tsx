import { ScorecardPage } from './ScorecardPage';

/** /channel/partners/:id/scorecard: lazy, so that the charts come with this page only, not with every channel page. */
export default ScorecardPage;
