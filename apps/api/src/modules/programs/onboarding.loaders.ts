import DataLoader from 'dataloader';
import { Scope } from '../../access/scope';
import { Partner } from '../partners/partner.entity';
import { OnboardingService } from './onboarding.service';
import { OnboardingProgress } from './onboarding.types';

export function onboardingLoaders(scope: Scope, onboarding: OnboardingService) {
  return {
    /** Keyed by the partner itself (its kind names its checklist), cached by id. */
    onboardingByPartner: new DataLoader<Pick<Partner, 'id' | 'kind'>, OnboardingProgress, string>(
      (partners) => onboarding.progressOf(scope, partners), { cacheKeyFn: (p) => p.id }),
  };
}

declare module '../../access/request-context' {
  interface Loaders extends ReturnType<typeof onboardingLoaders> {}
  interface Services {
    onboarding: OnboardingService;
  }
}
