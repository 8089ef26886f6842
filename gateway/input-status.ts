import type { ApolloServerPlugin } from "@apollo/server";

const CALLER_CODES = new Set(["BAD_USER_INPUT", "BAD_REQUEST"]);

/**
 * A request that produced nothing because of its own input is answered HTTP 400, like one Apollo
 * refuses before execution: every error is BAD_USER_INPUT or BAD_REQUEST (e.g. a bad cursor or
 * an id out of range, found by a subgraph) and no root field has data. A partial answer (some
 * root field resolved) stays 200, so a dashboard still gets the rest.
 */
export function inputStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== "single") return;
          const { errors, data } = response.body.singleResult;
          if (!errors?.length || !errors.every((e) => CALLER_CODES.has(e.extensions?.code as string))) return;
          if (data != null && Object.values(data).some((value) => value !== null)) return;
          if (response.http.status === undefined || response.http.status === 200) response.http.status = 400;
        },
      };
    },
  };
}
