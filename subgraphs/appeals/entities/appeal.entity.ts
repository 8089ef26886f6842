import { Field, ID, Int, ObjectType } from "type-graphql";
import { PersonalData } from "../../common/cache-hints";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { CalendarDateScalar } from "../../common/scalars";
import {
  AppealChannel,
  AppealRejectionReason,
  AppealStatus,
  AppealType,
  type PrivilegeCategory,
  type PrivilegeStatus,
} from "./appeal-enums";

/** Statuses in which the council still owes the citizen an answer. */
export const OPEN_STATUSES = [AppealStatus.REGISTERED, AppealStatus.ASSIGNED, AppealStatus.IN_PROGRESS] as const;

/**
 * A citizen's appeal: the registration card. Only non-personal columns are fields here; the
 * applicant, the answer and the timeline are field resolvers that check who is asking.
 */
@Entity({ name: "appeal" })
@PersonalData()
@ObjectType("Appeal", { description: "A citizen's appeal as staff handle it." })
export class Appeal {
  @PrimaryGeneratedColumn()
  @Field(() => ID, { description: "The appeal's id in the graph (not its registration number)." })
  id: number;

  @Column({ name: "registration_year", type: "int" })
  registrationYear: number;

  @Column({ name: "registration_seq", type: "int" })
  registrationSeq: number;

  @Column({ name: "registration_number", type: "text" })
  @Field({ description: "Registration index of the appeal: the year's running number, as `З-17/2026`." })
  registrationNumber: string;

  @Column({ name: "tracking_code", type: "text" })
  trackingCode: string;

  @Column({ name: "idempotency_key", type: "text", nullable: true })
  idempotencyKey: string | null;

  @Column({ name: "request_hash", type: "text", nullable: true })
  requestHash: string | null;

  @Column({ type: "text" })
  @Field(() => AppealType, { description: "Proposal, application or complaint." })
  type: AppealType;

  @Column({ type: "text" })
  @Field(() => AppealChannel, { description: "How it reached the council." })
  channel: AppealChannel;

  @Column({ type: "boolean" })
  @Field({ description: "A collective appeal (колективне звернення), signed by several people." })
  collective: boolean;

  @Column({ type: "text" })
  @Field({ description: "The category code (see appealCategories)." })
  category: string;

  @Column({ type: "text" })
  subject: string;

  @Column({ type: "text" })
  text: string;

  @Column({ name: "applicant_full_name", type: "text" })
  applicantFullName: string;

  @Column({ name: "applicant_address", type: "text" })
  applicantAddress: string;

  @Column({ name: "applicant_email", type: "text", nullable: true })
  applicantEmail: string | null;

  @Column({ name: "applicant_phone", type: "text", nullable: true })
  applicantPhone: string | null;

  /** What the applicant stated (ApplicantInput.privileged): a claim until staff confirm it. */
  @Column({ name: "privileged", type: "boolean" })
  privilegeClaimed: boolean;

  /** The stated or confirmed category; personal data (it may reveal health), never on the timeline. */
  @Column({ name: "privilege_category", type: "text", nullable: true })
  privilegeCategory: PrivilegeCategory | null;

  /** Only CONFIRMED puts the appeal first in the queue. */
  @Column({ name: "privilege_status", type: "text" })
  privilegeStatus: PrivilegeStatus;

  @Column({ name: "location_address", type: "text", nullable: true })
  locationAddress: string | null;

  @Column({ type: "float8", nullable: true })
  latitude: number | null;

  @Column({ type: "float8", nullable: true })
  longitude: number | null;

  /** The token subject of the signed-in citizen who filed it, if any. */
  @Column({ name: "citizen_sub", type: "text", nullable: true })
  citizenSub: string | null;

  @Column({ type: "text" })
  @Field(() => AppealStatus, { description: "Where it stands in its handling." })
  status: AppealStatus;

  @Column({ name: "department_id", type: "int", nullable: true })
  departmentId: number | null;

  @Column({ name: "executor_id", type: "int", nullable: true })
  executorId: number | null;

  @Column({ name: "received_at", type: "timestamptz" })
  @Field(() => Date, { description: "When it was received." })
  receivedAt: Date;

  @Column({ name: "due_date", type: "date" })
  @Field(() => CalendarDateScalar, {
    description: "The due date of the answer (Kyiv calendar): by law, or as extended.",
  })
  dueDate: string;

  @Column({ name: "answered_at", type: "timestamptz", nullable: true })
  answeredAt: Date | null;

  @Column({ name: "answer_text", type: "text", nullable: true })
  answerText: string | null;

  @Column({ name: "answer_document_id", type: "int", nullable: true })
  answerDocumentId: number | null;

  @Column({ name: "forwarded_to", type: "text", nullable: true })
  @Field(() => String, { nullable: true, description: "The body the appeal was forwarded to." })
  forwardedTo: string | null;

  @Column({ name: "rejection_reason", type: "text", nullable: true })
  @Field(() => String, {
    nullable: true,
    description: "Why it was left without consideration, as the citizen reads it.",
  })
  rejectionReason: string | null;

  @Column({ name: "rejection_code", type: "text", nullable: true })
  @Field(() => AppealRejectionReason, { nullable: true, description: "The ground of art. 8, when rejected." })
  rejectionCode: AppealRejectionReason | null;

  @Column({ type: "int" })
  @Field(() => Int, { description: "Changes with every transition; pass it back to detect concurrent edits." })
  version: number;
}
