/** The portal's GraphQL operations by name (schema/operations/portal*.graphql), bundled by scripts/build-portal.ts. */
declare module "portal-operations" {
  /** Each a persisted document: its id (the SHA-256 of its text, as the gateway's manifest has it) and its text. */
  export const OPERATIONS: Record<string, { id: string; query: string }>;
}
