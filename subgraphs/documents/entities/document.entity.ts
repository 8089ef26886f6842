import { Directive, Field, ID, ObjectType } from "type-graphql";
import { PublicRecord } from "../../common/cache-hints";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { AccessLevel, DocumentKind, DocumentStatus } from "./document-enums";

/**
 * A registered document. The registration stamp (id, kind, number, date, access level) is public:
 * the fact of registration is. Title, summary and correspondent are field resolvers that check
 * the access level (services/document-access.ts) on every path, entity references included; an
 * answer letter to an appeal is read by that appeal's handlers and admins only.
 */
@Entity({ name: "document" })
@PublicRecord()
@ObjectType("Document", { description: "A registered document of the council." })
@Directive('@key(fields: "id")')
export class CityDocument {
  @PrimaryGeneratedColumn()
  @Field(() => ID, { description: "The document's id in the graph (not its registration number)." })
  id: number;

  @Column({ type: "text" })
  @Field(() => DocumentKind, { description: "The kind, which is also the journal it is registered in." })
  kind: DocumentKind;

  @Column({ name: "registration_year", type: "int" })
  registrationYear: number;

  @Column({ name: "registration_seq", type: "int" })
  registrationSeq: number;

  @Column({ name: "file_index", type: "text" })
  @Field({ description: 'Index of the file in the nomenclature of files, e.g. "03-8".' })
  fileIndex: string;

  @Column({ name: "registration_number", type: "text" })
  @Field({
    description:
      "Registration index of the document in its journal: the year's running number and the file index, as `865/03-8`.",
  })
  registrationNumber: string;

  @Column({ name: "registered_at", type: "timestamptz" })
  @Field(() => Date, { description: "When it was registered." })
  registeredAt: Date;

  @Column({ type: "text" })
  title: string;

  @Column({ type: "text", nullable: true })
  summary: string | null;

  @Column({ type: "text", nullable: true })
  correspondent: string | null;

  @Column({ name: "department_id", type: "int" })
  departmentId: number;

  @Column({ name: "access_level", type: "text" })
  @Field(() => AccessLevel, { description: "Who may read it beyond its registration stamp." })
  accessLevel: AccessLevel;

  @Column({ type: "text" })
  @Field(() => DocumentStatus, { description: "Where it stands: registered, in work, or done." })
  status: DocumentStatus;

  @Column({ name: "registered_by", type: "int", nullable: true })
  registeredBy: number | null;

  /** The citizen's appeal this letter answers (appeals subgraph id); such a letter names the applicant. */
  @Column({ name: "answer_appeal_id", type: "int", nullable: true })
  answerAppealId: number | null;

  /** Who handles that appeal: its department and executor, as appeals linked the letter. */
  @Column({ name: "answer_department_id", type: "int", nullable: true })
  answerDepartmentId: number | null;

  @Column({ name: "answer_executor_id", type: "int", nullable: true })
  answerExecutorId: number | null;
}
