/** The portal's GraphQL operations by name (schema/operations/portal*.graphql), bundled by scripts/build-portal.ts. */
declare module "portal-operations" {
  export const OPERATIONS: Record<string, string>;
}
