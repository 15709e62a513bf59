import { Arg, Args, ArgsType, Ctx, Field, Int, Mutation, ObjectType, Query, Resolver, Root, Subscription } from 'type-graphql';
import { Max, Min } from 'class-validator';
import type { Context } from './request-context';
import { Authorized } from './access-decorators';
import { ALL_ROLES } from './role';
import { MarkNotificationsReadInput, MarkNotificationsReadPayload, Notification, NOTIFICATION_TOPIC, NotificationKind } from './notifications';
import type { Delivery, LiveContext } from './events';

@ObjectType({ description: 'A notification arrived for the viewer (or, with resync, some may have been missed): read the list again.' })
class NotificationAdded {
  @Field(() => NotificationKind, { nullable: true })
  kind: NotificationKind | null;

  @Field()
  resync: boolean;
}

@ArgsType()
class NotificationsArgs {
  @Field(() => Int, { defaultValue: 20, description: '1 to 100.' })
  @Min(1)
  @Max(100)
  first: number;
}

/** The viewer's own notifications: nobody reads another user's. */
@Resolver()
export class NotificationResolver {
  @Query(() => [Notification], { description: "The viewer's latest notifications, newest first." })
  @Authorized(...ALL_ROLES)
  notifications(@Args() { first }: NotificationsArgs, @Ctx() { scope, services }: Context): Promise<Notification[]> {
    return services.notifications.list(scope, first);
  }

  @Query(() => Int, { description: "How many of the viewer's notifications are unread." })
  @Authorized(...ALL_ROLES)
  unreadNotificationCount(@Ctx() { scope, services }: Context): Promise<number> {
    return services.notifications.unreadCount(scope);
  }

  @Subscription(() => NotificationAdded, {
    description: "Each notification for the viewer, once committed. Over WebSocket (graphql-ws) on /graphql.",
    subscribe: ({ context }) => (context as LiveContext).live.subscribe(NOTIFICATION_TOPIC),
  })
  @Authorized(...ALL_ROLES)
  notificationAdded(@Root() delivery: Delivery): NotificationAdded {
    return 'resync' in delivery ? { kind: null, resync: true } : { kind: delivery.data.kind as NotificationKind, resync: false };
  }

  @Mutation(() => MarkNotificationsReadPayload, { description: 'Marks some, or all, of the viewer\'s notifications read; read ones stay as they were.' })
  @Authorized(...ALL_ROLES)
  async markNotificationsRead(@Arg('input') input: MarkNotificationsReadInput, @Ctx() { scope, services }: Context): Promise<MarkNotificationsReadPayload> {
    return { unreadCount: await services.notifications.markRead(scope, input) };
  }
}
