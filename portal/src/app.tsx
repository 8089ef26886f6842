import { useEffect, useRef } from "preact/hooks";
import { BudgetPage } from "./pages/budget";
import { DocumentPage } from "./pages/document";
import { DocumentsPage } from "./pages/documents";
import { HomePage } from "./pages/home";
import { SubmitPage } from "./pages/submit";
import { TenderPage } from "./pages/tender";
import { TendersPage } from "./pages/tenders";
import { TrackPage } from "./pages/track";
import { href, useRoute, type Route } from "./router";

/** The page for a route; unknown routes get a page that says so. */
function page(route: Route) {
  const [first] = route.path;
  switch (first ?? "") {
    case "":
      return { title: "Головна", node: <HomePage /> };
    case "appeal":
      return { title: "Подати звернення", node: <SubmitPage /> };
    case "track":
      return { title: "Стан звернення", node: <TrackPage code={route.path[1]} /> };
    case "tenders":
      return route.path[1]
        ? { title: "Закупівля", node: <TenderPage key={route.path[1]} id={route.path[1]} /> }
        : { title: "Закупівлі", node: <TendersPage key={route.query.toString()} route={route} /> };
    case "budget":
      return { title: "Бюджет", node: <BudgetPage route={route} /> };
    case "documents":
      return route.path[1]
        ? { title: "Документ", node: <DocumentPage key={route.path[1]} id={route.path[1]} /> }
        : { title: "Документи", node: <DocumentsPage key={route.query.toString()} route={route} /> };
    default:
      return {
        title: "Сторінку не знайдено",
        node: (
          <section>
            <h1>Сторінку не знайдено</h1>
            <p>
              Такої сторінки на порталі немає. Поверніться на <a href={href("")}>головну</a>.
            </p>
          </section>
        ),
      };
  }
}

const NAV = [
  ["", "Головна"],
  ["appeal", "Подати звернення"],
  ["track", "Стан звернення"],
  ["tenders", "Закупівлі"],
  ["budget", "Бюджет"],
  ["documents", "Документи"],
] as const;

/**
 * The frame every page shares: a skip link, the navigation (the current page marked for screen
 * readers), the page in <main>, which takes the focus when the route changes so keyboard and
 * screen-reader users land on the new page's content.
 */
export function App() {
  const route = useRoute();
  const { title, node } = page(route);
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  useEffect(() => {
    document.title = `${title} — е-Місто`;
    if (first.current) first.current = false;
    else main.current?.focus();
  }, [route.path.join("/"), title]);
  const current = route.path[0] ?? "";
  return (
    <>
      <a class="skip" href="#main" onClick={(e) => (e.preventDefault(), main.current?.focus())}>
        Перейти до змісту
      </a>
      <header class="site-header">
        <a class="brand" href={href("")}>
          е-Місто
        </a>
        <nav aria-label="Розділи порталу">
          <ul>
            {NAV.map(([path, name]) => (
              <li key={path}>
                <a href={href(path)} aria-current={current === path ? "page" : undefined}>
                  {name}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        {node}
      </main>
      <footer class="site-footer">
        <p>
          Дані міста також як відкриті дані: <a href="/ocds/releases.json">закупівлі (OCDS)</a>,{" "}
          <a href={`/budget/lines.csv?year=${new Date().getFullYear()}`}>бюджет (CSV)</a>. Для розробників: GraphQL на{" "}
          <a href="/graphql">/graphql</a>.
        </p>
      </footer>
    </>
  );
}
