import { Field, Float, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

/** One immutable version of a document's file. */
@Entity({ name: "file_version" })
@ObjectType("FileVersion", { description: "One immutable version of a document's file (a scan or the signed text)." })
export class FileVersion {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: "document_id", type: "int" })
  documentId: number;

  @Column({ type: "int" })
  @Field(() => Int, { description: "The version's number, from 1; a new upload adds the next one." })
  version: number;

  @Column({ type: "text" })
  @Field({ description: "SHA-256 of the bytes, hex; checked on every download." })
  sha256: string;

  @Column({ type: "bigint", transformer: { from: (v: string) => Number(v), to: (v: number) => v } })
  @Field(() => Float, { description: "Bytes." })
  size: number;

  @Column({ name: "media_type", type: "text" })
  @Field({ description: 'The media type of the bytes, e.g. "application/pdf".' })
  mediaType: string;

  @Column({ name: "file_name", type: "text" })
  @Field({ description: "The file's name as uploaded (and as downloaded)." })
  fileName: string;

  @Column({ name: "uploaded_by", type: "int", nullable: true })
  uploadedBy: number | null;

  @Column({ name: "uploaded_at", type: "timestamptz" })
  @Field(() => Date, { description: "When this version was uploaded." })
  uploadedAt: Date;
}
