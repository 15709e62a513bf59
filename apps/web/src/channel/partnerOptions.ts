import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';

const PartnerOptionsQuery = graphql(`
  query PartnerOptions($distributorFilter: PartnerFilter!, $first: Int!) {
    tiers {
      id
      name
    }
    territories {
      id
      code
      name
    }
    brandUsers {
      id
      displayName
      role
      active
    }
    partners(first: $first, filter: $distributorFilter) {
      edges {
        node {
          id
          code
          name
        }
      }
    }
  }
`);

/** Choices for a partner's tier, territories, owner and parent distributor, as Select data. */
export function usePartnerOptions(skip = false) {
  const { data, loading, error } = useQuery(PartnerOptionsQuery, {
    variables: { distributorFilter: { kinds: ['DISTRIBUTOR'] }, first: 100 },
    skip,
  });
  return {
    loading,
    error,
    tiers: data?.tiers.map((tier) => ({ value: tier.id, label: tier.name })) ?? [],
    territories: data?.territories.map((territory) => ({ value: territory.id, label: `${territory.name} (${territory.code})` })) ?? [],
    owners:
      data?.brandUsers
        .filter((user) => user.role === 'CHANNEL_MANAGER' && user.active)
        .map((user) => ({ value: user.id, label: user.displayName })) ?? [],
    distributors: data?.partners.edges.map(({ node }) => ({ value: node.id, label: `${node.name} (${node.code})` })) ?? [],
  };
}
