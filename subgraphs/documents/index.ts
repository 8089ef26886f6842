import { seedLogMigration } from "../common/seed";
import path from "node:path";
import type { SubgraphDefinition } from "../common/definition";
import { documentsVolume } from "./volume";
import { DOCUMENTS_MESSAGES } from "./messages.uk";
import { Department } from "./entities/department.entity";
import { CityDocument } from "./entities/document.entity";
import { Documents1764280000000 } from "./migrations/1764280000000-documents";
import { DocumentResolver } from "./resolvers/document.resolver";
import { DocumentFlowResolver } from "./resolvers/document-flow.resolver";
import { ResolutionResolver } from "./resolvers/resolution.resolver";
import { AuditResolver } from "./resolvers/audit.resolver";
import { AuditEvent } from "./entities/audit-event.entity";
import { auditTrailMigration } from "../common/audit-trail";
import { Resolution } from "./entities/resolution.entity";
import { ResolutionExecutor } from "./entities/resolution-executor.entity";
import { Staff } from "./entities/staff.entity";
import { createDocumentsLoaders, type DocumentsLoaders } from "./loaders/documents.loaders";
import { DepartmentsAndStaff1764270000000 } from "./migrations/1764270000000-departments-and-staff";
import { documentsReferences } from "./references";
import { DepartmentResolver } from "./resolvers/department.resolver";
import { StaffResolver } from "./resolvers/staff.resolver";
import { ViewerResolver } from "./resolvers/viewer.resolver";
import { seedDocumentsDemo } from "./seed";
import { documentFilesRouter } from "./files.routes";
import { FileVersion } from "./entities/file-version.entity";
import { FileVersions1764300000000 } from "./migrations/1764300000000-file-versions";
import { SearchKindsAndNumbers1764310000000 } from "./migrations/1764310000000-search-kinds-and-numbers";
import { AnswerLetters1764320000000 } from "./migrations/1764320000000-answer-letters";
import { PublicSearch1764800000000 } from "./migrations/1764800000000-public-search";
import { PublicList1764810000000 } from "./migrations/1764810000000-public-list";
import { AnswerLetterResolver } from "./resolvers/answer-letter.resolver";
import { readDocumentsSettings, type DocumentsSettings } from "./settings";

/** The documents subgraph: the council's structure (departments, staff) and its document flow. */
export const documentsSubgraph: SubgraphDefinition<DocumentsLoaders, DocumentsSettings> = {
  name: "documents",
  port: 4001,
  main: path.join(__dirname, "main.js"),
  schema: "documents",
  entities: [Department, Staff, CityDocument, Resolution, ResolutionExecutor, AuditEvent, FileVersion],
  migrations: [
    seedLogMigration("documents"),
    DepartmentsAndStaff1764270000000,
    Documents1764280000000,
    auditTrailMigration("documents", 1764290000000),
    FileVersions1764300000000,
    SearchKindsAndNumbers1764310000000,
    AnswerLetters1764320000000,
    PublicSearch1764800000000,
    PublicList1764810000000,
  ],
  resolvers: [
    DepartmentResolver,
    StaffResolver,
    ViewerResolver,
    DocumentResolver,
    DocumentFlowResolver,
    ResolutionResolver,
    AuditResolver,
    AnswerLetterResolver,
  ],
  references: documentsReferences,
  createLoaders: createDocumentsLoaders,
  settings: readDocumentsSettings,
  routes: [{ prefix: "/files", router: documentFilesRouter }],
  messages: DOCUMENTS_MESSAGES,
  seedVolume: documentsVolume,
  seedDemo: seedDocumentsDemo,
};
