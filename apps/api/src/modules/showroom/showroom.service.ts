import { Showroom } from './showroom.entity';
import { SaveShowroomInput } from './showroom.inputs';
import { Scope } from '../../access/scope';
import { Role } from '../../access/role';
import { PartnerService } from '../partners/partner.service';
import { BadInput, Forbidden, NotFound } from '../../domain/errors';
import { ImageType, sniffImageType } from '../../domain/image-type';
import { CatalogLanguage, DEFAULT_LANGUAGE, textsByLanguage } from '../../domain/language';

const LOGO_LIMIT = 512 * 1024;

/** What the public may know of a showroom's partner: never its people or internal data. */
export interface PublicPartner {
  id: string;
  code: string;
  name: string;
  kind: string;
  city: string;
  postalCode: string | null;
  country: string;
  latitude: number | null;
  longitude: number | null;
  showroomSlug: string | null;
}

export interface PublicShowroom {
  /** Null for the brand owner's default showroom. */
  partner: PublicPartner | null;
  slug: string;
  displayName: string;
  accentColor: string;
  welcomeText: string;
  contactEmail: string | null;
  contactPhone: string | null;
  logoUrl: string | null;
  pricesGross: boolean;
  vatPercent: number;
  /** The language of its texts and of the catalog it shows: the visitor's, where the catalog speaks it. */
  language: CatalogLanguage;
}

export const BRAND_SLUG = 'brand';

/** A logo is stored with the type its bytes show, never the uploader's claim; SVG is refused (it may carry scripts). */
function readLogo(base64: string): { content: Buffer; contentType: ImageType } {
  const content = Buffer.from(base64, 'base64');
  if (content.length === 0 || content.length > LOGO_LIMIT) throw new BadInput('logoBase64', 'must be an image of at most 512 KB');
  const contentType = sniffImageType(content);
  if (!contentType) throw new BadInput('logoBase64', 'must be a PNG, JPEG or WebP image');
  return { content, contentType };
}

/** Showroom settings (the partner manager's) and the lookup of a public showroom by its slug. */
export class ShowroomService {
  constructor(
    private readonly partners: PartnerService,
    private readonly brand: Omit<PublicShowroom, 'partner' | 'slug' | 'logoUrl' | 'language'>,
  ) {}

  async settings(scope: Scope, partnerId: string): Promise<Showroom | null> {
    await this.partners.get(scope, partnerId);
    return (await scope.manager()).findOneBy(Showroom, { partnerId });
  }

  /** The VAT a partner's showroom adds to its prices (as exact text), or null without a showroom. */
  async vatPercentOf(scope: Scope, partnerId: string): Promise<string | null> {
    const [showroom] = await scope.query<{ vatPercent: string }>(
      `SELECT vat_percent::text AS "vatPercent" FROM showroom WHERE partner_id = $1`, [partnerId], 'order.showroom-vat');
    return showroom?.vatPercent ?? null;
  }

  /** Since when each of these partners has its showroom enabled (its last change), for onboarding checklists. */
  async enabledSince(scope: Scope, partnerIds: readonly string[]): Promise<Map<string, Date>> {
    const rows = await scope.query<{ partnerId: string; at: Date }>(
      `SELECT partner_id AS "partnerId", updated_at AS at FROM showroom WHERE partner_id = ANY($1::uuid[]) AND enabled`, [partnerIds], 'showroom.enabled-since');
    return new Map(rows.map((r) => [r.partnerId, r.at]));
  }

  async save(scope: Scope, input: SaveShowroomInput): Promise<Showroom> {
    await this.partners.get(scope, input.partnerId);
    const viewer = scope.user;
    if (viewer.role !== Role.PARTNER_MANAGER || viewer.partnerId !== input.partnerId) {
      throw new Forbidden("Only the partner's own partner manager edits its showroom");
    }
    if (input.slug === BRAND_SLUG) throw new BadInput('slug', 'is reserved');
    const manager = await scope.manager();
    // Another partner's showroom is invisible to this viewer; the public view sees the enabled ones, and
    // the unique constraint (reported as BAD_USER_INPUT on slug) catches a disabled one or a race.
    const [taken] = await scope.publicFor([]).query(`SELECT partner_id FROM showroom WHERE slug = $1 AND partner_id <> $2`, [input.slug, input.partnerId]);
    if (taken) throw new BadInput('slug', 'is already used by another showroom');
    const logo = input.logoBase64 ? readLogo(input.logoBase64) : null;
    // Left out, the welcome texts in other languages stay as they are.
    const welcomeTexts = input.welcomeTexts ? JSON.stringify(textsByLanguage('welcomeTexts', input.welcomeTexts)) : null;
    if (logo && input.removeLogo) throw new BadInput('removeLogo', 'cannot be combined with a new logo');
    await manager.query(
      `INSERT INTO showroom (partner_id, slug, display_name, accent_color, welcome_text, contact_email, contact_phone, enabled, prices_gross, vat_percent, logo, logo_content_type, welcome_texts)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, coalesce($14::jsonb, '{}'))
       ON CONFLICT (partner_id) DO UPDATE SET slug = EXCLUDED.slug, display_name = EXCLUDED.display_name, accent_color = EXCLUDED.accent_color,
         welcome_text = EXCLUDED.welcome_text, welcome_texts = coalesce($14::jsonb, showroom.welcome_texts), contact_email = EXCLUDED.contact_email, contact_phone = EXCLUDED.contact_phone,
         enabled = EXCLUDED.enabled, prices_gross = EXCLUDED.prices_gross, vat_percent = EXCLUDED.vat_percent,
         logo = CASE WHEN $13 THEN NULL ELSE coalesce(EXCLUDED.logo, showroom.logo) END,
         logo_content_type = CASE WHEN $13 THEN NULL ELSE coalesce(EXCLUDED.logo_content_type, showroom.logo_content_type) END,
         updated_at = now()
       WHERE (showroom.slug, showroom.display_name, showroom.accent_color, showroom.welcome_text, showroom.welcome_texts, showroom.contact_email, showroom.contact_phone,
              showroom.enabled, showroom.prices_gross, showroom.vat_percent, showroom.logo, showroom.logo_content_type)
         IS DISTINCT FROM (EXCLUDED.slug, EXCLUDED.display_name, EXCLUDED.accent_color, EXCLUDED.welcome_text, coalesce($14::jsonb, showroom.welcome_texts), EXCLUDED.contact_email, EXCLUDED.contact_phone,
              EXCLUDED.enabled, EXCLUDED.prices_gross, EXCLUDED.vat_percent,
              CASE WHEN $13 THEN NULL ELSE coalesce(EXCLUDED.logo, showroom.logo) END,
              CASE WHEN $13 THEN NULL ELSE coalesce(EXCLUDED.logo_content_type, showroom.logo_content_type) END)`,
      [input.partnerId, input.slug, input.displayName.trim(), input.accentColor, input.welcomeText, input.contactEmail ?? null,
        input.contactPhone ?? null, input.enabled, input.pricesGross, input.vatPercent, logo?.content ?? null, logo?.contentType ?? null, input.removeLogo ?? false, welcomeTexts],
    );
    return manager.findOneByOrFail(Showroom, { partnerId: input.partnerId });
  }


  /**
   * A showroom as the public sees it, read with the public role: the slug decides which partner's data
   * the rest of the request may read. Disabled showrooms and partners that are not ACTIVE answer NOT_FOUND.
   */
  async findPublic(scope: Scope, slug: string | null | undefined, language: CatalogLanguage = DEFAULT_LANGUAGE): Promise<PublicShowroom> {
    if (!slug || slug === BRAND_SLUG) return { ...this.brand, partner: null, slug: BRAND_SLUG, logoUrl: null, language };
    // One statement finds the showroom and makes the connection act as its public view (migration 1732800000001).
    const [row] = await scope.publicFor([]).openPublic<Record<string, any>>(
      `SELECT slug, display_name AS "displayName", accent_color AS "accentColor", welcome_text AS "welcomeText",
              contact_email AS "contactEmail", contact_phone AS "contactPhone", prices_gross AS "pricesGross",
              vat_percent AS "vatPercent", logo_content_type AS "logoContentType", updated_at AS "updatedAt", partner
         FROM trellis_open_showroom($1, $2)`,
      [slug, language],
      'showroom.open',
      (found) => [found.partner.id],
    );
    if (!row) throw new NotFound('Showroom', slug);
    const { logoContentType, updatedAt, ...showroom } = row;
    return { ...(showroom as Omit<PublicShowroom, 'logoUrl' | 'language'>), language, logoUrl: logoContentType ? `/showroom-logos/${row.slug}?v=${new Date(updatedAt).getTime()}` : null };
  }

  async logo(scope: Scope, slug: string): Promise<{ content: Buffer; contentType: string } | null> {
    const [row] = await scope.publicFor([]).query<{ logo: Buffer; logo_content_type: string }>(
      `SELECT s.logo, s.logo_content_type FROM showroom s JOIN public_partner p ON p.id = s.partner_id WHERE s.slug = $1 AND s.enabled AND s.logo IS NOT NULL`,
      [slug],
      'showroom.logo',
    );
    return row ? { content: row.logo, contentType: row.logo_content_type } : null;
  }
}

/** The partners a showroom's public view may read: its own, or none for the brand's showroom. */
export const showroomPartners = (showroom: PublicShowroom): string[] => (showroom.partner ? [showroom.partner.id] : []);
