import { Scope } from '../../access/scope';
import { manyByKey, oneByKey } from '../../domain/loader-kit';
import { ServiceCaseService } from './service-case.service';
import { SolutionArticleService } from './solution-article.service';

export function serviceLoaders(scope: Scope, cases: ServiceCaseService, articles: SolutionArticleService) {
  return {
    serviceEventsByCaseId: manyByKey((ids: readonly string[]) => cases.eventsOf(scope, ids), (e) => e.caseId),
    serviceAttachmentsByCaseId: manyByKey((ids: readonly string[]) => cases.attachmentsOf(scope, ids), (a) => a.caseId),
    solutionArticleById: oneByKey((ids: readonly string[]) => articles.byIds(scope, ids), (a) => a.id),
  };
}

declare module '../../access/request-context' {
  interface Loaders extends ReturnType<typeof serviceLoaders> {}
  interface Services {
    serviceCases: ServiceCaseService;
    solutionArticles: SolutionArticleService;
  }
}
