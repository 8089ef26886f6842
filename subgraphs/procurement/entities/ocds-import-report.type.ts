import { Field, Int, ObjectType } from "type-graphql";

@ObjectType("OcdsImportProblem")
export class OcdsImportProblem {
  @Field(() => String, { nullable: true })
  ocid: string | null;

  @Field(() => String, { nullable: true })
  releaseId: string | null;

  @Field(() => String, { nullable: true })
  field: string | null;

  @Field()
  why: string;
}

/** What an import did: processes written, and every problem met on the way. */
@ObjectType("OcdsImportReport")
export class OcdsImportReport {
  @Field(() => Int)
  processes: number;

  @Field(() => [OcdsImportProblem])
  problems: OcdsImportProblem[];
}
