import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Field, Float, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: "A partner's public, branded view of the catalog with its offers." })
@Entity('showroom')
export class Showroom {
  @Field(() => ID)
  @PrimaryColumn({ name: 'partner_id', type: 'uuid' })
  partnerId: string;

  @Field({ description: 'The address part: /s/<slug>.' })
  @Column()
  slug: string;

  @Field()
  @Column({ name: 'display_name' })
  displayName: string;

  @Field({ description: 'Hex colour, e.g. #1c7ed6.' })
  @Column({ name: 'accent_color' })
  accentColor: string;

  @Field({ description: "In the catalog's default language (see welcomeTexts)." })
  @Column({ name: 'welcome_text' })
  welcomeText: string;

  /** The welcome text in other languages, by language code; the field welcomeTexts lists them. */
  @Column({ name: 'welcome_texts', type: 'jsonb', default: {} })
  welcomeTextsByLanguage: Record<string, string>;

  @Field(() => String, { nullable: true })
  @Column({ name: 'contact_email', type: 'text', nullable: true })
  contactEmail: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'contact_phone', type: 'text', nullable: true })
  contactPhone: string | null;

  @Column({ name: 'logo_content_type', type: 'text', nullable: true })
  logoContentType: string | null;

  @Field()
  @Column()
  enabled: boolean;

  @Field({ description: 'Prices shown with VAT (gross) or without (net).' })
  @Column({ name: 'prices_gross' })
  pricesGross: boolean;

  @Field(() => Float)
  @Column({ name: 'vat_percent', type: 'numeric', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  vatPercent: number;

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** Where the browser loads a showroom's logo from, or null without one. */
