import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, Kind, type DocumentNode, type OperationDefinitionNode } from "graphql";

/** A request the gateway cannot run as sent: the client's fault, so 400 BAD_REQUEST. */
const badRequest = (message: string) =>
  new GraphQLError(message, { extensions: { code: "BAD_REQUEST", http: { status: 400 } } });

const nameOf = (op: OperationDefinitionNode) => (op.name ? `"${op.name.value}"` : "an anonymous operation");

/**
 * Refuses, before any subgraph is called, a document whose operation cannot be chosen (an
 * unknown `operationName`, or several operations and no `operationName`) and subscriptions,
 * which the gateway does not serve. Without this the gateway's executor throws on them and
 * Apollo answers HTTP 500 as if the gateway had failed.
 */
export function operationGuardPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request }) {
          if (operation?.operation === "subscription")
            throw badRequest("Subscriptions are not served; send a query or a mutation");
          if (operation) return;
          throw badRequest(unresolvedMessage(document, request.operationName));
        },
      };
    },
  };
}

function unresolvedMessage(document: DocumentNode, operationName: string | undefined): string {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const defined = operations.map(nameOf).join(", ");
  if (operationName) {
    // The name is the caller's own text, echoed back; a long one is cut.
    const name = operationName.length > 100 ? `${operationName.slice(0, 100)}…` : operationName;
    return operations.length === 0
      ? `Unknown operation named "${name}"; the document defines no operation`
      : `Unknown operation named "${name}"; the document defines ${defined}`;
  }
  if (operations.length === 0) return "The document defines no operation; send a query or a mutation";
  return `The document defines ${operations.length} operations (${defined}); send operationName to choose one`;
}
