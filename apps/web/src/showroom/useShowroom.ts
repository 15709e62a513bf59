import { useOutletContext } from 'react-router';
import { graphql } from '../gql';
import type { ShowroomFrame_ShowroomFragment } from '../gql/graphql';

graphql(`
  fragment ShowroomFrame_showroom on PublicShowroom {
    slug
    displayName
    accentColor
    logoUrl
    welcomeText
    contactEmail
    contactPhone
    pricesGross
    vatPercent
    partner {
      id
      name
      city
      postalCode
      country
    }
  }
`);

export interface ShowroomContext {
  showroom: ShowroomFrame_ShowroomFragment;
  /** The slug in addresses: 'brand' for the brand owner's showroom. */
  slug: string;
  /** Where this showroom's pages live: /s/<slug>. */
  base: string;
  isBrand: boolean;
}

/** The showroom whose pages are open, as the showroom layout loaded it. */
export function useShowroom(): ShowroomContext {
  return useOutletContext<ShowroomContext>();
}
