// Core's catalog messages (core/messages.ts) in the user's language: each id is shown through
// vscode.l10n.t with the catalog's own template, so the l10n extractor sees every string. A unit
// test checks that each template here is the catalog's, word for word (l10n.test.ts).

import * as vscode from 'vscode';

import type { MessageArg, MessageId } from '../core/messages';
import type { Problem } from '../core/problem';

type Translate = (args: readonly MessageArg[]) => string;

const TRANSLATED: { readonly [K in MessageId]: Translate } = {
  unclosedFence: (a) => vscode.l10n.t("This code fence is never closed, so everything below it is read as code and nothing there is read (no action item, no term). Close the fence to read the rest.", ...a),
  unclosedComment: (a) => vscode.l10n.t("This HTML comment is never closed (no -->), so everything below it is hidden and nothing there is read (no action item, no term). Close the comment to read the rest.", ...a),
  unclosedHtml: (a) => vscode.l10n.t("This HTML block is never closed, so everything below it is read as HTML and nothing there is read (no action item, no term). Close it to read the rest.", ...a),
  jsonTooDeep: (a) => vscode.l10n.t("Nested more than {0} levels deep (a glossary needs 3): the file is not read.", ...a),
  invalidJson: (a) => vscode.l10n.t("Invalid JSON: {0}.", ...a),
  emptyGlossary: (a) => vscode.l10n.t("The file is empty: a glossary is { \"terms\": [ … ] } or an array of terms.", ...a),
  wrongTopLevel: (a) => vscode.l10n.t("Wrong top-level value: a glossary is { \"terms\": [ … ] } or an array of terms.", ...a),
  unknownProperty: (a) => vscode.l10n.t("Unknown property \"{0}\" (ignored).", ...a),
  termsNotArray: (a) => vscode.l10n.t("\"terms\" must be an array of terms.", ...a),
  termNotObject: (a) => vscode.l10n.t("Each term must be an object with \"term\" and \"definition\".", ...a),
  didYouMean: (a) => vscode.l10n.t("Unknown property \"{0}\": did you mean \"{1}\"? The term is left out until it is fixed.", ...a),
  didYouMeanTerms: (a) => vscode.l10n.t("Unknown property \"{0}\": did you mean \"terms\"? No term is read until it is fixed.", ...a),
  mustBeString: (a) => vscode.l10n.t("\"{0}\" must be a string.", ...a),
  mustNotBeEmpty: (a) => vscode.l10n.t("\"{0}\" must not be empty.", ...a),
  mustBeStringIgnored: (a) => vscode.l10n.t("\"{0}\" must be a string (ignored).", ...a),
  mustBeStringArray: (a) => vscode.l10n.t("\"{0}\" must be an array of strings (ignored).", ...a),
  itemMustBeString: (a) => vscode.l10n.t("Each item of \"{0}\" must be a string (ignored).", ...a),
  emptyItem: (a) => vscode.l10n.t("Empty item in \"{0}\" (ignored).", ...a),
  sideNotString: (a) => vscode.l10n.t("\"side\" must be a string: use one of {0} (ignored).", ...a),
  missingTerms: (a) => vscode.l10n.t("Missing \"terms\": a glossary is { \"terms\": [ … ] } or an array of terms.", ...a),
  missingField: (a) => vscode.l10n.t("Missing \"{0}\": every term needs a non-empty \"{0}\".", ...a),
  nestedTooDeep: (a) => vscode.l10n.t("Lists or quotes nested more than {0} deep: lines {1}–{2} are left out; the terms after them are read.", ...a),
  noDefinition: (a) => vscode.l10n.t("\"{0}\" has no definition: add a paragraph under the heading.", ...a),
  emptyTermHeading: (a) => vscode.l10n.t("Empty term heading: write the term after \"## \".", ...a),
  unknownSide: (a) => vscode.l10n.t("Unknown side \"{0}\": use one of {1} (ignored).", ...a),
  duplicateTerm: (a) => vscode.l10n.t("Duplicate term \"{0}\": already defined as a term on line {1}.", ...a),
  termIsAlias: (a) => vscode.l10n.t("Duplicate term \"{0}\": already defined as an alias of \"{1}\" on line {2}.", ...a),
  aliasIsTerm: (a) => vscode.l10n.t("Duplicate alias \"{0}\": it is the term itself.", ...a),
  aliasIsTermElsewhere: (a) => vscode.l10n.t("Duplicate alias \"{0}\": already defined as a term on line {1}.", ...a),
  aliasIsAlias: (a) => vscode.l10n.t("Duplicate alias \"{0}\": already defined as an alias of \"{1}\" on line {2}.", ...a),
  termTooLong: (a) => vscode.l10n.t("Term \"{0}\" is {1} words and signs long; at most {2} are matched, so it is left out.", ...a),
  aliasTooLong: (a) => vscode.l10n.t("Alias \"{0}\" is {1} words and signs long; at most {2} are matched, so it is left out.", ...a),
  termInvisible: (a) => vscode.l10n.t("Term \"{0}\" contains an invisible character: it only matches text with the same hidden character.", ...a),
  aliasInvisible: (a) => vscode.l10n.t("Alias \"{0}\" contains an invisible character: it only matches text with the same hidden character.", ...a),
  termBidi: (a) => vscode.l10n.t("Term \"{0}\" contains a bidirectional control, which changes how the text around it is shown: it only matches text with the same hidden character.", ...a),
  aliasBidi: (a) => vscode.l10n.t("Alias \"{0}\" contains a bidirectional control, which changes how the text around it is shown: it only matches text with the same hidden character.", ...a),
  snippetTooDeep: (a) => vscode.l10n.t("Snippet syntax: Placeholders nested more than {0} deep: the rest is read as text.", ...a),
  snippetExpectedName: (a) => vscode.l10n.t("Snippet syntax: Expected a tabstop number or a variable name after \"${\".", ...a),
  snippetAfterTabstop: (a) => vscode.l10n.t("Snippet syntax: Expected \"}\", \":\", \"|\" or \"/\" after \"${{0}\".", ...a),
  snippetAfterVariable: (a) => vscode.l10n.t("Snippet syntax: Expected \"}\", \":\" or \"/\" after \"${{0}\".", ...a),
  snippetUnclosedChoice: (a) => vscode.l10n.t("Snippet syntax: Unclosed choice: end it with \"|}\".", ...a),
  snippetChoiceEnd: (a) => vscode.l10n.t("Snippet syntax: A choice ends with \"|}\"; write \"\\|\" for a literal \"|\".", ...a),
  snippetEmptyChoice: (a) => vscode.l10n.t("Snippet syntax: A choice needs at least one option.", ...a),
  snippetUnclosedTransform: (a) => vscode.l10n.t("Snippet syntax: Unclosed transform: write \"${NAME/regex/format/flags}\".", ...a),
  snippetBadRegex: (a) => vscode.l10n.t("Snippet syntax: Invalid regular expression \"{0}\" in the transform.", ...a),
  snippetUnclosed: (a) => vscode.l10n.t("Snippet syntax: Unclosed \"${\": add the matching \"}\" (or write \"\\$\" for a literal \"$\").", ...a),
  templateFrontMatterOpen: (a) => vscode.l10n.t("The front matter is never closed: add a line \"---\" after it.", ...a),
  templateNoFrontMatter: (a) => vscode.l10n.t("A template starts with front matter: a \"---\" line, then id, name, description and kind, then \"---\".", ...a),
  templateHeaderNotMap: (a) => vscode.l10n.t("\"{0}\" must hold the template's id, name, description and kind, each on an indented line below it.", ...a),
  templateHeaderTooLong: (a) => vscode.l10n.t("The front matter is {0} characters long; a template's header (id, name, description, kind) may have {1}. The template is left out.", ...a),
  templateHeaderTooDeep: (a) => vscode.l10n.t("The front matter nests brackets more than {0} deep. The template is left out.", ...a),
  templateHeaderKeys: (a) => vscode.l10n.t("The front matter must be a map of keys: id, name, description, kind.", ...a),
  templateMissingId: (a) => vscode.l10n.t("Missing \"id\": a lowercase-kebab name such as \"team-retro\".", ...a),
  templateBadId: (a) => vscode.l10n.t("Invalid id \"{0}\": use lowercase letters, digits and single hyphens, such as \"team-retro\".", ...a),
  templateMissingName: (a) => vscode.l10n.t("Missing \"name\": the label shown in the template picker.", ...a),
  templateDescriptionText: (a) => vscode.l10n.t("\"description\" must be text.", ...a),
  templateMissingKind: (a) => vscode.l10n.t("Missing \"kind\": use one of {0}.", ...a),
  templateUnknownKind: (a) => vscode.l10n.t("Unknown kind \"{0}\": use one of {1}.", ...a),
  templateUnknownKey: (a) => vscode.l10n.t("Unknown key \"{0}\" is ignored (known: {1}).", ...a),
  templateUnsafeTransform: (a) => vscode.l10n.t("The transform on ${{0}} is not applied ({1}, which could take very long): the value is inserted as it is.", ...a),
  templateNoBody: (a) => vscode.l10n.t("The template has no body: inserting it adds nothing.", ...a),
  memoryNoDate: (a) => vscode.l10n.t("No date: give the front matter a \"date: YYYY-MM-DD\" or start the file name with one.", ...a),
  memoryHealthNotMap: (a) => vscode.l10n.t("health should be a map of names to scores from 1 to 5.", ...a),
  memoryBadScore: (a) => vscode.l10n.t("{0} should be a score from {1} to {2}, not \"{3}\".", ...a),
  memoryUnreadableStatus: (a) => vscode.l10n.t("Unreadable status \"{0}\": the action item is read as open (use Done, Dropped, Open or In progress).", ...a),
  memoryUnreadableDue: (a) => vscode.l10n.t("Unreadable due date \"{0}\": the action item has no due date.", ...a),
  memoryUnreadableNumericDue: (a) => vscode.l10n.t("Unreadable due date \"{0}\": the action item has no due date. Numeric dates like 4/30/2027 are read only with the setting learningLoop.dates.order.", ...a),
  memoryTomlOpen: (a) => vscode.l10n.t("TOML front matter is not closed by +++ (or is over 64 KB): its date is not read.", ...a),
  memoryTomlUnreadable: (a) => vscode.l10n.t("TOML front matter cannot be read: {0}", ...a),
  memoryDateNotCalendar: (a) => vscode.l10n.t("The front matter date is not a calendar date (YYYY-MM-DD).", ...a),
};

/** The problem's message in the user's language (a message from outside the catalog as it is). */
export function problemMessage(problem: Problem): string {
  return problem.id === undefined ? problem.message : TRANSLATED[problem.id](problem.args ?? []);
}
