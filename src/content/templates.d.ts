// The built-in templates, bundled by esbuild.js as one module: file name → file text.
declare module 'learning-loop:templates' {
  const templates: Readonly<Record<string, string>>;
  export default templates;
}
