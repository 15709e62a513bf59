import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { Partner } from '../partners/partner.entity';
import { Lead, LeadStatus } from './lead.entity';

@ObjectType({ description: 'How automatic dispatch ranks partners: points per rule (0 to 100 each) and hard limits.' })
export class DispatchRules {
  @Field(() => Int, { description: "Points for a partner whose territory covers the customer's country and postal code." })
  territoryWeight: number;

  @Field(() => Int, { description: "Points for offering products in every category of the lead's products (in proportion)." })
  categoryWeight: number;

  @Field(() => Int, { description: "Points for the best tier's lead priority (in proportion to the partner's)." })
  tierWeight: number;

  @Field(() => Int, { description: 'Points for being close to the customer (all at 0 km, half at 50 km or half the maximum distance).' })
  distanceWeight: number;

  @Field(() => Int, { description: "Points for free capacity (all for a tier without a cap; none for a partner at its cap)." })
  capacityWeight: number;

  @Field({ description: "Only partners whose territory covers the customer are candidates." })
  requireTerritory: boolean;

  @Field(() => Int, { nullable: true, description: 'Only partners at most this many km from the customer are candidates; null: no limit.' })
  maxDistanceKm: number | null;

  @Field({ description: 'A lead that expires or is declined goes to the next best partner at once.' })
  redispatch: boolean;

  @Field(() => Int, { description: "Days an approved deal registration protects its partner: dispatch sends that customer's leads to no one else." })
  registrationProtectionDays: number;

  @Field()
  updatedAt: Date;

  updatedById: string | null;
}

@InputType({ description: 'Omitted fields stay as they are; only maxDistanceKm may be null.' })
export class DispatchRulesInput {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  territoryWeight?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  categoryWeight?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  tierWeight?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  distanceWeight?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  capacityWeight?: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  requireTerritory?: boolean;

  @Field(() => Int, { nullable: true, description: '1 to 20000 km; null: no limit; omitted: unchanged.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(20000)
  maxDistanceKm?: number | null;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  redispatch?: boolean;

  @Field(() => Int, { nullable: true, description: '1 to 730.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(730)
  registrationProtectionDays?: number;
}

@ObjectType({ description: "One partner's standing for a lead under the dispatch rules: the points each rule gave, and the facts behind them." })
export class DispatchCandidate {
  partnerId: string;

  @Field(() => Partner, { nullable: true })
  partner?: Partner;

  @Field(() => Int, { description: '1: the best.' })
  rank: number;

  @Field(() => Float)
  total: number;

  @Field(() => Float)
  territoryPoints: number;

  @Field(() => Float)
  categoryPoints: number;

  @Field(() => Float)
  tierPoints: number;

  @Field(() => Float)
  distancePoints: number;

  @Field(() => Float)
  capacityPoints: number;

  @Field()
  inTerritory: boolean;

  @Field(() => Float, { nullable: true, description: "Share (0 to 1) of the lead's product categories the partner offers; null: the lead names no products." })
  categoryShare: number | null;

  @Field(() => Int)
  tierPriority: number;

  @Field(() => Float, { nullable: true, description: "Null: the customer's or the partner's location is unknown." })
  distanceKm: number | null;

  @Field(() => Int, { description: 'Leads open at the partner when it was ranked.' })
  openLeads: number;

  @Field(() => Int, { nullable: true })
  maxOpenLeads: number | null;

  @Field({ description: 'Whether dispatch chose this partner (the best total; among equal totals, the one whose last lead is oldest).' })
  chosen: boolean;
}

@ObjectType({ description: 'Why automatic dispatch chose a partner: every ranked candidate, best first (at most 10).' })
export class DispatchExplanation {
  @Field(() => Int, { description: "Partners that passed the rules' hard limits." })
  considered: number;

  @Field(() => DispatchRules, { description: 'The rules as they were.' })
  rules: DispatchRules;

  @Field(() => [DispatchCandidate])
  candidates: DispatchCandidate[];
}

@InputType()
export class AutoDispatchLeadsInput {
  @Field(() => [ID], { description: '1 to 200 leads waiting for dispatch (UNASSIGNED).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true, message: 'must be ids' })
  leadIds: string[];
}

@ArgsType()
export class DispatchCandidatesArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  leadId: string;
}

@ObjectType({ description: 'A lead that automatic dispatch left where it was, and why.' })
export class LeadNotDispatched {
  @Field(() => ID)
  leadId: string;

  @Field({ description: 'NOT_FOUND, NOT_WAITING (the lead is not UNASSIGNED) or NO_CANDIDATE (no partner passes the rules).' })
  reason: 'NOT_FOUND' | 'NOT_WAITING' | 'NO_CANDIDATE';

  @Field(() => LeadStatus, { nullable: true })
  status: LeadStatus | null;
}

@ObjectType()
export class AutoDispatchLeadsPayload {
  @Field(() => [Lead], { description: 'The dispatched leads, in the order given.' })
  dispatched: Lead[];

  @Field(() => [LeadNotDispatched])
  notDispatched: LeadNotDispatched[];
}

@ObjectType()
export class UpdateDispatchRulesPayload {
  @Field(() => DispatchRules)
  rules: DispatchRules;
}

@ObjectType()
export class DispatchPreview {
  @Field(() => Int)
  considered: number;

  @Field(() => [DispatchCandidate])
  candidates: DispatchCandidate[];
}
