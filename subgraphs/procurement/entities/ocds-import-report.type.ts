import { Field, Int, ObjectType } from "type-graphql";

@ObjectType("OcdsImportProblem", { description: "Something of an OCDS package that was not imported, and why." })
export class OcdsImportProblem {
  @Field(() => String, { nullable: true, description: "The process it concerns, when known." })
  ocid: string | null;

  @Field(() => String, { nullable: true, description: "The release it concerns, when known." })
  releaseId: string | null;

  @Field(() => String, { nullable: true, description: "The path of the offending field, as `tender.value.amount`." })
  field: string | null;

  @Field({ description: "What is wrong with it." })
  why: string;
}

/** What an import did: processes written, and every problem met on the way. */
@ObjectType("OcdsImportReport", { description: "What an OCDS import did." })
export class OcdsImportReport {
  @Field(() => Int, { description: "How many contracting processes were imported or updated." })
  processes: number;

  @Field(() => [OcdsImportProblem], { description: "What was left out, and why; empty when everything was imported." })
  problems: OcdsImportProblem[];
}
