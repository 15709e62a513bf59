import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsBoolean, IsIn, IsOptional, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { IsNotBlank } from '../../domain/text';
import { PageArgs } from '../../domain/connection';
import { AudienceInput } from './audience';
import { AnnouncementKind } from './announcement.types';

const ID_MESSAGE = { message: 'must be an id' };

@InputType({ description: 'What an announcement says and to whom.' })
export class AnnouncementFields {
  @Field(() => AnnouncementKind)
  @IsIn(Object.values(AnnouncementKind))
  kind: AnnouncementKind;

  @Field()
  @IsNotBlank(3)
  @MaxLength(200)
  title: string;

  @Field({ description: 'At most 20,000 characters.' })
  @IsNotBlank(1)
  @MaxLength(20_000)
  body: string;

  @Field(() => AudienceInput, { nullable: true, description: 'None: every partner.' })
  @IsOptional()
  @ValidateNested()
  audience?: AudienceInput | null;
}

@InputType({ description: 'A new announcement, as a draft.' })
export class CreateAnnouncementInput extends AnnouncementFields {}

@InputType({ description: 'A draft as it should read now: the same values again change nothing; a published one cannot change.' })
export class UpdateAnnouncementInput extends AnnouncementFields {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  announcementId: string;
}

@InputType()
export class PublishAnnouncementInput {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  announcementId: string;
}

@InputType()
export class MarkAnnouncementReadInput {
  @Field(() => ID)
  @IsUUID('all', ID_MESSAGE)
  announcementId: string;
}

@InputType()
export class AnnouncementFilter {
  @Field(() => [AnnouncementKind], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(2)
  @IsIn(Object.values(AnnouncementKind), { each: true })
  kinds?: AnnouncementKind[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Only those the viewer has not read (true) or has read (false).' })
  @IsOptional()
  @IsBoolean()
  unread?: boolean | null;
}

@ArgsType()
export class AnnouncementsArgs extends PageArgs {
  @Field(() => AnnouncementFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: AnnouncementFilter | null;
}

@ArgsType()
export class ReadReceiptsArgs extends PageArgs {
  @Field(() => Boolean, { nullable: true, description: 'Only users who read it (true) or have not (false).' })
  @IsOptional()
  @IsBoolean()
  read?: boolean | null;
}
