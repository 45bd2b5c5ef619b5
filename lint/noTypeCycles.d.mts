// Types for the house's ESLint plugin (lint/noTypeCycles.mjs), for the unit test that runs it.
import type { ESLint } from 'eslint';

declare const plugin: ESLint.Plugin & { rules: Record<'no-type-cycles', NonNullable<ESLint.Plugin['rules']>[string]> };
export default plugin;
