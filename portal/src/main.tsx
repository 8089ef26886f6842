import { render } from "preact";
import { App } from "./app";

const root = document.getElementById("app")!;
// The page's "loading" line stands until the script runs; render adds to a container, so it goes first.
root.textContent = "";
render(<App />, root);
