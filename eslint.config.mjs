// ESLint for e-Misto: typescript-eslint's recommended rules, no `any` in the code (tests may use
// it for GraphQL answers they assert whole), formatting left to Prettier.
import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "dist/",
      "test-results/",
      "node_modules/",
      ".data/",
      ".pgdata/",
      ".files/",
      "coverage/",
      "gateway/graphiql-assets/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
      // type-graphql and TypeORM reference classes by `() => Type`, and entities refer to each other.
      "@typescript-eslint/no-unsafe-function-type": "off",
    },
  },
  {
    files: ["tests/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off", "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: {
      globals: { module: "writable", require: "readonly", __dirname: "readonly", process: "readonly" },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // The bench: plain ES modules run by Node against dist/ (README "Performance").
    files: ["bench/**/*.mjs"],
    languageOptions: {
      globals: Object.fromEntries(
        ["process", "console", "fetch", "URL", "TextEncoder", "Headers", "AbortSignal", "Buffer"]
          .concat(["setTimeout", "clearTimeout", "setInterval", "clearInterval"])
          .map((name) => [name, "readonly"]),
      ),
    },
  },
);
