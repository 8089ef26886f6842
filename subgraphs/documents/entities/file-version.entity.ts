import { Field, Float, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

/** One immutable version of a document's file. */
@Entity({ name: "file_version" })
@ObjectType("FileVersion")
export class FileVersion {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: "document_id", type: "int" })
  documentId: number;

  @Column({ type: "int" })
  @Field(() => Int)
  version: number;

  @Column({ type: "text" })
  @Field({ description: "SHA-256 of the bytes, hex; checked on every download." })
  sha256: string;

  @Column({ type: "bigint", transformer: { from: (v: string) => Number(v), to: (v: number) => v } })
  @Field(() => Float, { description: "Bytes." })
  size: number;

  @Column({ name: "media_type", type: "text" })
  @Field()
  mediaType: string;

  @Column({ name: "file_name", type: "text" })
  @Field()
  fileName: string;

  @Column({ name: "uploaded_by", type: "int", nullable: true })
  uploadedBy: number | null;

  @Column({ name: "uploaded_at", type: "timestamptz" })
  @Field(() => Date)
  uploadedAt: Date;
}
