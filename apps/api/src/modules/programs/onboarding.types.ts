import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsUUID, Matches } from 'class-validator';

/** How a checklist step is checked: from the partner's data, or ticked by a channel manager (MANUAL). */
export enum OnboardingCheck {
  AGREEMENT = 'AGREEMENT',
  TRAINING = 'TRAINING',
  SHOWROOM = 'SHOWROOM',
  OFFER = 'OFFER',
  MANUAL = 'MANUAL',
}
registerEnumType(OnboardingCheck, {
  name: 'OnboardingCheck',
  description: 'AGREEMENT: a partner manager acknowledged a published partner agreement; TRAINING: a training interaction took place (or ticked by hand); '
    + 'SHOWROOM: its showroom is enabled; OFFER: it offers a product; MANUAL: a channel manager ticks it.',
});

export enum OnboardingDoneHow {
  AUTO = 'AUTO',
  MANUAL = 'MANUAL',
}
registerEnumType(OnboardingDoneHow, { name: 'OnboardingDoneHow', description: "AUTO: seen in the partner's data; MANUAL: ticked by a channel manager." });

/** A step of a programme's checklist (a programme here: a partner kind). */
export interface OnboardingStepDefinition {
  kind: string;
  code: string;
  title: string;
  position: number;
  checkedBy: OnboardingCheck;
}

@ObjectType({ description: "A step of a partner's onboarding checklist and whether it is done." })
export class OnboardingStepState {
  @Field({ description: 'AGREEMENT, TRAINING, SHOWROOM, OFFER or a step of its own.' })
  code: string;

  @Field()
  title: string;

  @Field(() => Int)
  position: number;

  @Field(() => OnboardingCheck)
  checkedBy: OnboardingCheck;

  @Field()
  done: boolean;

  @Field(() => Date, { nullable: true })
  doneAt: Date | null;

  @Field(() => OnboardingDoneHow, { nullable: true })
  how: OnboardingDoneHow | null;
}

@ObjectType({ description: "A partner's onboarding checklist: its steps in order, and how many are done." })
export class OnboardingProgress {
  partnerId: string;

  @Field(() => [OnboardingStepState])
  steps: OnboardingStepState[];

  @Field(() => Int)
  completed: number;

  @Field(() => Int)
  total: number;

  @Field({ description: 'Every step is done.' })
  complete: boolean;
}

@InputType({ description: 'Ticks a step of a partner\'s checklist by hand: a MANUAL step, or TRAINING confirmed.' })
export class CompleteOnboardingStepInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an id' })
  partnerId: string;

  @Field({ description: "The step's code, e.g. TRAINING." })
  @Matches(/^[A-Z][A-Z0-9_]{1,39}$/, { message: 'must be a step code' })
  step: string;
}
