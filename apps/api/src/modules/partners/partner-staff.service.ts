import { PartnerStatus } from './partner.entity';
import { PartnerService } from './partner.service';
import { recordChange } from './partner-history';
import { Scope } from '../../access/scope';
import { Role } from '../../access/role';
import { IssuedInvitation, UserService } from '../../access/user.service';
import { User } from '../../access/user.entity';
import { BadInput, Forbidden } from '../../domain/errors';

/** A partner's people: who may invite or deactivate whom. */
export class PartnerStaffService {
  constructor(
    private readonly partners: PartnerService,
    private readonly users: UserService,
  ) {}

  async invite(scope: Scope, input: { partnerId: string; email: string; displayName: string; role: Role }): Promise<IssuedInvitation> {
    const viewer = scope.user;
    const partner = await this.partners.get(scope, input.partnerId);
    if (viewer.role === Role.PARTNER_MANAGER) {
      // A partner manager runs its own partner's staff, not its resellers'.
      if (partner.id !== viewer.partnerId) throw new Forbidden("You manage only your own partner's staff");
      if (input.role !== Role.PARTNER_EMPLOYEE) throw new BadInput('role', 'partner managers invite partner employees only');
    }
    if (partner.status === PartnerStatus.SUSPENDED || partner.status === PartnerStatus.TERMINATED) {
      throw new BadInput('partnerId', `the partner is ${partner.status.toLowerCase()}`);
    }
    const invitation = await this.users.invite(scope, { ...input, partnerId: partner.id });
    await recordChange(scope, await scope.manager(), partner.id, 'USER_INVITED', `invited ${input.role === Role.PARTNER_MANAGER ? 'partner manager' : 'partner employee'} ${invitation.user.email}`);
    return invitation;
  }

  async deactivate(scope: Scope, userId: string): Promise<User> {
    const { user, changed } = await this.users.deactivate(scope, userId);
    if (!changed || !user.partnerId) return user;
    await recordChange(scope, await scope.manager(), user.partnerId, 'USER_DEACTIVATED', `deactivated ${user.email}`);
    return user;
  }
}
