import { href } from "../router";
import { formatDate, formatDateTime } from "../ui/format";
import { DOCUMENT_KIND, label } from "../ui/labels";
import { Empty, Failure, Loading, PartlyMissing } from "../ui/states";
import { useQuery } from "../ui/use-query";

interface DocumentData {
  document: {
    id: string;
    kind: string;
    registrationNumber: string;
    registeredAt: string;
    accessLevel: string;
    title: string | null;
    summary: string | null;
    department: { name: string } | null;
    files: { version: number; fileName: string; mediaType: string; size: number; uploadedAt: string }[];
  } | null;
}

const size = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} КБ` : `${(bytes / 1024 / 1024).toFixed(1)} МБ`;

/** One public document: its stamp, summary and files (each version downloads through the gateway's /files). */
export function DocumentPage({ id }: { id: string }) {
  const q = useQuery<DocumentData>("PortalDocument", { id });
  if (q.loading) return <Loading what="документ" />;
  const doc = q.data?.document;
  if (q.failure || (q.errors.length && !doc)) return <Failure errors={q.errors} failure={q.failure} />;
  if (!doc || doc.accessLevel !== "PUBLIC")
    return (
      <section>
        <h1>Документ недоступний</h1>
        <p>
          Такого публічного документа немає. <a href={href("documents")}>До пошуку документів</a>
        </p>
      </section>
    );
  const files = doc.files;
  return (
    <article data-document={doc.id}>
      <p>
        <a href={href("documents")}>← Документи</a>
      </p>
      <h1>{doc.title ?? `Документ № ${doc.registrationNumber}`}</h1>
      <p class="meta">
        {label(DOCUMENT_KIND, doc.kind)} № {doc.registrationNumber} від {formatDate(doc.registeredAt)}
        {doc.department && ` · ${doc.department.name}`}
      </p>
      {q.errors.length > 0 && <PartlyMissing />}
      {doc.summary && <p>{doc.summary}</p>}
      <h2>Файли</h2>
      {files.length === 0 ? (
        <Empty>До документа ще не додано файлів.</Empty>
      ) : (
        <ul class="list" data-files>
          {files.map((f) => (
            <li key={f.version}>
              <a href={`/files/documents/${doc.id}/versions/${f.version}`} download={f.fileName}>
                {f.fileName}
              </a>
              <span class="meta">
                версія {f.version} · {size(f.size)} · {f.mediaType} · додано {formatDateTime(f.uploadedAt)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
