// Core's catalog messages (core/messages.ts) in the user's language: each id is shown through
// vscode.l10n.t with the catalog's own template, so the l10n extractor sees every string. A unit
// test checks that each template here is the catalog's, word for word (l10n.test.ts).

import * as vscode from 'vscode';

import type { MessageArg, MessageId } from '../core/messages';
import type { Problem } from '../core/problem';

type Translate = (args: readonly MessageArg[]) => string;

const TRANSLATED: { readonly [K in MessageId]: Translate } = {
  unclosedFence: (a) => vscode.l10n.t('This code fence is never closed, so everything below it is read as code and nothing there is read (no action item, no term). Close the fence to read the rest.', ...a),
  unclosedComment: (a) => vscode.l10n.t('This HTML comment is never closed (no -->), so everything below it is hidden and nothing there is read (no action item, no term). Close the comment to read the rest.', ...a),
  unclosedHtml: (a) => vscode.l10n.t('This HTML block is never closed, so everything below it is read as HTML and nothing there is read (no action item, no term). Close it to read the rest.', ...a),
  jsonTooDeep: (a) => vscode.l10n.t('Nested more than {0} levels deep (a glossary needs 3): the file is not read.', ...a),
  invalidJson: (a) => vscode.l10n.t('Invalid JSON: {0}.', ...a),
  emptyGlossary: (a) => vscode.l10n.t('The file is empty: a glossary is { "terms": [ … ] } or an array of terms.', ...a),
  wrongTopLevel: (a) => vscode.l10n.t('Wrong top-level value: a glossary is { "terms": [ … ] } or an array of terms.', ...a),
  unknownProperty: (a) => vscode.l10n.t('Unknown property "{0}" (ignored).', ...a),
  termsNotArray: (a) => vscode.l10n.t('"terms" must be an array of terms.', ...a),
  termNotObject: (a) => vscode.l10n.t('Each term must be an object with "term" and "definition".', ...a),
  didYouMean: (a) => vscode.l10n.t('Unknown property "{0}": did you mean "{1}"? The term is left out until it is fixed.', ...a),
  didYouMeanTerms: (a) => vscode.l10n.t('Unknown property "{0}": did you mean "terms"? No term is read until it is fixed.', ...a),
  mustBeString: (a) => vscode.l10n.t('"{0}" must be a string.', ...a),
  mustNotBeEmpty: (a) => vscode.l10n.t('"{0}" must not be empty.', ...a),
  mustBeStringIgnored: (a) => vscode.l10n.t('"{0}" must be a string (ignored).', ...a),
  mustBeStringArray: (a) => vscode.l10n.t('"{0}" must be an array of strings (ignored).', ...a),
  itemMustBeString: (a) => vscode.l10n.t('Each item of "{0}" must be a string (ignored).', ...a),
  emptyItem: (a) => vscode.l10n.t('Empty item in "{0}" (ignored).', ...a),
  sideNotString: (a) => vscode.l10n.t('"side" must be a string: use one of {0} (ignored).', ...a),
  missingTerms: (a) => vscode.l10n.t('Missing "terms": a glossary is { "terms": [ … ] } or an array of terms.', ...a),
  missingField: (a) => vscode.l10n.t('Missing "{0}": every term needs a non-empty "{0}".', ...a),
  nestedTooDeep: (a) => vscode.l10n.t('Lists or quotes nested more than {0} deep: lines {1}–{2} are left out; the terms after them are read.', ...a),
  noDefinition: (a) => vscode.l10n.t('"{0}" has no definition: add a paragraph under the heading.', ...a),
  emptyTermHeading: (a) => vscode.l10n.t('Empty term heading: write the term after "## ".', ...a),
  unknownSide: (a) => vscode.l10n.t('Unknown side "{0}": use one of {1} (ignored).', ...a),
  duplicateTerm: (a) => vscode.l10n.t('Duplicate term "{0}": already defined as a term on line {1}.', ...a),
  termIsAlias: (a) => vscode.l10n.t('Duplicate term "{0}": already defined as an alias of "{1}" on line {2}.', ...a),
  aliasIsTerm: (a) => vscode.l10n.t('Duplicate alias "{0}": it is the term itself.', ...a),
  aliasIsTermElsewhere: (a) => vscode.l10n.t('Duplicate alias "{0}": already defined as a term on line {1}.', ...a),
  aliasIsAlias: (a) => vscode.l10n.t('Duplicate alias "{0}": already defined as an alias of "{1}" on line {2}.', ...a),
  termTooLong: (a) => vscode.l10n.t('Term "{0}" is {1} words and signs long; at most {2} are matched, so it is left out.', ...a),
  aliasTooLong: (a) => vscode.l10n.t('Alias "{0}" is {1} words and signs long; at most {2} are matched, so it is left out.', ...a),
  termInvisible: (a) => vscode.l10n.t('Term "{0}" contains an invisible character: it only matches text with the same hidden character.', ...a),
  aliasInvisible: (a) => vscode.l10n.t('Alias "{0}" contains an invisible character: it only matches text with the same hidden character.', ...a),
  termBidi: (a) => vscode.l10n.t('Term "{0}" contains a bidirectional control, which changes how the text around it is shown: it only matches text with the same hidden character.', ...a),
  aliasBidi: (a) => vscode.l10n.t('Alias "{0}" contains a bidirectional control, which changes how the text around it is shown: it only matches text with the same hidden character.', ...a),
};

/** The problem's message in the user's language (a message from outside the catalog as it is). */
export function problemMessage(problem: Problem): string {
  return problem.id === undefined ? problem.message : TRANSLATED[problem.id](problem.args ?? []);
}
