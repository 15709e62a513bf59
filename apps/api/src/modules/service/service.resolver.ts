import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../access/request-context';
import { Authorized } from '../../access/access-decorators';
import { ALL_ROLES, CHANNEL_WRITERS, PARTNER_ROLES } from '../../access/role';
import { User } from '../../access/user.entity';
import { ConnectionType, type Connection } from '../../domain/connection';
import { payloadType } from '../../domain/payload';
import { Partner } from '../partners/partner.entity';
import { ByIdArgs } from '../partners/partner.inputs';
import { Product } from '../catalog/product.entity';
import { ServiceCase, ServiceCaseAttachment, ServiceCaseEvent, SolutionArticle } from './service.types';
import {
  AddServiceCaseAttachmentInput, CloseServiceCaseInput, OpenServiceCaseInput, ResolveServiceCaseInput, SaveSolutionArticleInput, ServiceCaseNoteInput, ServiceCasesArgs, SolutionArticlesArgs,
} from './service.inputs';

const ServiceCaseConnection = ConnectionType(ServiceCase, 'ServiceCase');
const SolutionArticleConnection = ConnectionType(SolutionArticle, 'SolutionArticle');
const casePayload = (name: string) => payloadType(`${name}Payload`, 'serviceCase', ServiceCase);
const OpenServiceCasePayload = casePayload('OpenServiceCase');
const StartServiceCasePayload = casePayload('StartServiceCase');
const WaitForCustomerPayload = casePayload('WaitForCustomer');
const ResumeServiceCasePayload = casePayload('ResumeServiceCase');
const ResolveServiceCasePayload = casePayload('ResolveServiceCase');
const ReopenServiceCasePayload = casePayload('ReopenServiceCase');
const CloseServiceCasePayload = casePayload('CloseServiceCase');
const AddServiceCaseAttachmentPayload = payloadType('AddServiceCaseAttachmentPayload', 'attachment', ServiceCaseAttachment);
const SaveSolutionArticlePayload = payloadType('SaveSolutionArticlePayload', 'article', SolutionArticle);

@Resolver(() => ServiceCase)
export class ServiceCaseResolver {
  @Query(() => ServiceCaseConnection, { description: "Service cases, newest first: a partner's own (a distributor's with its resellers'); all for brand staff." })
  @Authorized(...ALL_ROLES)
  serviceCases(@Args() { filter, first, after }: ServiceCasesArgs, @Ctx() { scope, services }: Context): Promise<Connection<ServiceCase>> {
    return services.serviceCases.list(scope, filter, first, after);
  }

  @Query(() => ServiceCase, { description: 'One service case: NOT_FOUND when the viewer may not see it.' })
  @Authorized(...ALL_ROLES)
  serviceCase(@Args() { id }: ByIdArgs, @Ctx() { scope, services }: Context): Promise<ServiceCase> {
    return services.serviceCases.get(scope, id);
  }

  @Mutation(() => OpenServiceCasePayload, { description: "Logs a customer's problem for the viewer's partner (OPEN)." })
  @Authorized(...PARTNER_ROLES)
  async openServiceCase(@Arg('input') input: OpenServiceCaseInput, @Ctx() { scope, services }: Context) {
    return { serviceCase: await services.serviceCases.open(scope, input) };
  }

  @Mutation(() => StartServiceCasePayload, { description: 'OPEN -> IN_PROGRESS: the first response.' })
  @Authorized(...PARTNER_ROLES)
  async startServiceCase(@Arg('input') input: ServiceCaseNoteInput, @Ctx() { scope, services }: Context) {
    return { serviceCase: await services.serviceCases.start(scope, input.caseId, input.note) };
  }

  @Mutation(() => WaitForCustomerPayload, { description: 'IN_PROGRESS -> WAITING_FOR_CUSTOMER.' })
  @Authorized(...PARTNER_ROLES)
  async waitForCustomer(@Arg('input') input: ServiceCaseNoteInput, @Ctx() { scope, services }: Context) {
    return { serviceCase: await services.serviceCases.waitForCustomer(scope, input.caseId, input.note) };
  }

  @Mutation(() => ResumeServiceCasePayload, { description: 'WAITING_FOR_CUSTOMER -> IN_PROGRESS.' })
  @Authorized(...PARTNER_ROLES)
  async resumeServiceCase(@Arg('input') input: ServiceCaseNoteInput, @Ctx() { scope, services }: Context) {
    return { serviceCase: await services.serviceCases.resume(scope, input.caseId, input.note) };
  }

  @Mutation(() => ResolveServiceCasePayload, { description: 'OPEN, IN_PROGRESS or WAITING_FOR_CUSTOMER -> RESOLVED, with the solution article that helped.' })
  @Authorized(...PARTNER_ROLES)
  async resolveServiceCase(@Arg('input') input: ResolveServiceCaseInput, @Ctx() { scope, services }: Context) {
    return { serviceCase: await services.serviceCases.resolve(scope, input.caseId, input.solutionArticleId, input.note) };
  }

  @Mutation(() => ReopenServiceCasePayload, { description: 'RESOLVED -> IN_PROGRESS: the problem came back.' })
  @Authorized(...PARTNER_ROLES)
  async reopenServiceCase(@Arg('input') input: ServiceCaseNoteInput, @Ctx() { scope, services }: Context) {
    return { serviceCase: await services.serviceCases.reopen(scope, input.caseId, input.note) };
  }

  @Mutation(() => CloseServiceCasePayload, { description: "RESOLVED -> CLOSED, with the customer's satisfaction when given." })
  @Authorized(...PARTNER_ROLES)
  async closeServiceCase(@Arg('input') input: CloseServiceCaseInput, @Ctx() { scope, services }: Context) {
    return { serviceCase: await services.serviceCases.close(scope, input.caseId, input.satisfaction, input.note) };
  }

  @Mutation(() => AddServiceCaseAttachmentPayload, { description: 'Adds a file to a case that is not CLOSED (at most 10 of 5 MB); the same file again adds nothing.' })
  @Authorized(...PARTNER_ROLES)
  async addServiceCaseAttachment(@Arg('input') input: AddServiceCaseAttachmentInput, @Ctx() { scope, services }: Context) {
    return { attachment: await services.serviceCases.attach(scope, input.caseId, input.fileName, input.contentBase64) };
  }

  @FieldResolver(() => [ServiceCaseAttachment], { description: 'The files added to the case, oldest first.' })
  attachments(@Root() serviceCase: ServiceCase, @Ctx() { loaders }: Context): Promise<ServiceCaseAttachment[]> {
    return loaders.serviceAttachmentsByCaseId.load(serviceCase.id);
  }

  @FieldResolver(() => Partner, { nullable: true })
  partner(@Root() serviceCase: ServiceCase, @Ctx() { loaders }: Context): Promise<Partner | null> {
    return loaders.partnerById.load(serviceCase.partnerId);
  }

  @FieldResolver(() => Product, { nullable: true })
  product(@Root() serviceCase: ServiceCase, @Ctx() { loaders }: Context): Promise<Product | null> | null {
    return serviceCase.productId ? loaders.productById.load(serviceCase.productId) : null;
  }

  @FieldResolver(() => SolutionArticle, { nullable: true, description: 'The solution article that helped, if any.' })
  solutionArticle(@Root() serviceCase: ServiceCase, @Ctx() { loaders }: Context): Promise<SolutionArticle | null> | null {
    return serviceCase.solutionArticleId ? loaders.solutionArticleById.load(serviceCase.solutionArticleId) : null;
  }

  @FieldResolver(() => [ServiceCaseEvent], { description: 'Every step of the case, oldest first.' })
  events(@Root() serviceCase: ServiceCase, @Ctx() { loaders }: Context): Promise<ServiceCaseEvent[]> {
    return loaders.serviceEventsByCaseId.load(serviceCase.id);
  }

  @FieldResolver(() => User, { nullable: true })
  openedBy(@Root() serviceCase: ServiceCase, @Ctx() { loaders }: Context): Promise<User | null> | null {
    return serviceCase.openedById ? loaders.userById.load(serviceCase.openedById) : null;
  }
}

@Resolver(() => SolutionArticle)
export class SolutionArticleResolver {
  @Query(() => SolutionArticleConnection, { description: 'Solution articles: with words, those that have them all (the last as a prefix), best first; else the latest changed first. Partners see published ones.' })
  @Authorized(...ALL_ROLES)
  solutionArticles(@Args() { search, productId, first, after }: SolutionArticlesArgs, @Ctx() { scope, services }: Context): Promise<Connection<SolutionArticle>> {
    return services.solutionArticles.search(scope, search, productId, first, after);
  }

  @Query(() => SolutionArticle, { description: 'One solution article: NOT_FOUND for a draft when the viewer is a partner.' })
  @Authorized(...ALL_ROLES)
  solutionArticle(@Args() { id }: ByIdArgs, @Ctx() { scope, services }: Context): Promise<SolutionArticle> {
    return services.solutionArticles.get(scope, id);
  }

  @Mutation(() => SaveSolutionArticlePayload, { description: 'Writes a solution article (a new draft without id), published or not.' })
  @Authorized(...CHANNEL_WRITERS)
  async saveSolutionArticle(@Arg('input') input: SaveSolutionArticleInput, @Ctx() { scope, services }: Context) {
    return { article: await services.solutionArticles.save(scope, input) };
  }

  @FieldResolver(() => Product, { nullable: true })
  product(@Root() article: SolutionArticle, @Ctx() { loaders }: Context): Promise<Product | null> | null {
    return article.productId ? loaders.productById.load(article.productId) : null;
  }
}
