// The messages core writes into a Problem, as templates with {0}, {1}… placeholders. Core stays
// free of `vscode`: a problem carries its message's id and arguments, and the adapter
// (services/coreMessages.ts) shows it through vscode.l10n.t with the same template, so German
// (l10n/bundle.l10n.de.json) applies. A unit test holds every template to the l10n bundle.

/** Every message of core's parsers and readers, by id. */
export const MESSAGES = {
  // The one Markdown reader: a block never closed hides the rest of the document. (No line
  // numbers in them: the memory lists a message once, and an edit above would move them.)
  unclosedFence: 'This code fence is never closed, so everything below it is read as code and nothing there is read (no action item, no term). Close the fence to read the rest.',
  unclosedComment: 'This HTML comment is never closed (no -->), so everything below it is hidden and nothing there is read (no action item, no term). Close the comment to read the rest.',
  unclosedHtml: 'This HTML block is never closed, so everything below it is read as HTML and nothing there is read (no action item, no term). Close it to read the rest.',
  // Glossaries (JSON).
  jsonTooDeep: 'Nested more than {0} levels deep (a glossary needs 3): the file is not read.',
  invalidJson: 'Invalid JSON: {0}.',
  emptyGlossary: 'The file is empty: a glossary is { "terms": [ … ] } or an array of terms.',
  wrongTopLevel: 'Wrong top-level value: a glossary is { "terms": [ … ] } or an array of terms.',
  unknownProperty: 'Unknown property "{0}" (ignored).',
  termsNotArray: '"terms" must be an array of terms.',
  termNotObject: 'Each term must be an object with "term" and "definition".',
  didYouMean: 'Unknown property "{0}": did you mean "{1}"? The term is left out until it is fixed.',
  didYouMeanTerms: 'Unknown property "{0}": did you mean "terms"? No term is read until it is fixed.',
  mustBeString: '"{0}" must be a string.',
  mustNotBeEmpty: '"{0}" must not be empty.',
  mustBeStringIgnored: '"{0}" must be a string (ignored).',
  mustBeStringArray: '"{0}" must be an array of strings (ignored).',
  itemMustBeString: 'Each item of "{0}" must be a string (ignored).',
  emptyItem: 'Empty item in "{0}" (ignored).',
  sideNotString: '"side" must be a string: use one of {0} (ignored).',
  missingTerms: 'Missing "terms": a glossary is { "terms": [ … ] } or an array of terms.',
  missingField: 'Missing "{0}": every term needs a non-empty "{0}".',
  // Glossaries (Markdown).
  nestedTooDeep: 'Lists or quotes nested more than {0} deep: lines {1}–{2} are left out; the terms after them are read.',
  noDefinition: '"{0}" has no definition: add a paragraph under the heading.',
  emptyTermHeading: 'Empty term heading: write the term after "## ".',
  unknownSide: 'Unknown side "{0}": use one of {1} (ignored).',
  // Glossaries (both): duplicates and spellings.
  duplicateTerm: 'Duplicate term "{0}": already defined as a term on line {1}.',
  termIsAlias: 'Duplicate term "{0}": already defined as an alias of "{1}" on line {2}.',
  aliasIsTerm: 'Duplicate alias "{0}": it is the term itself.',
  aliasIsTermElsewhere: 'Duplicate alias "{0}": already defined as a term on line {1}.',
  aliasIsAlias: 'Duplicate alias "{0}": already defined as an alias of "{1}" on line {2}.',
  termTooLong: 'Term "{0}" is {1} words and signs long; at most {2} are matched, so it is left out.',
  aliasTooLong: 'Alias "{0}" is {1} words and signs long; at most {2} are matched, so it is left out.',
  termInvisible: 'Term "{0}" contains an invisible character: it only matches text with the same hidden character.',
  aliasInvisible: 'Alias "{0}" contains an invisible character: it only matches text with the same hidden character.',
  termBidi: 'Term "{0}" contains a bidirectional control, which changes how the text around it is shown: it only matches text with the same hidden character.',
  aliasBidi: 'Alias "{0}" contains a bidirectional control, which changes how the text around it is shown: it only matches text with the same hidden character.',
  // Templates: the snippet syntax of the body.
  snippetTooDeep: 'Snippet syntax: Placeholders nested more than {0} deep: the rest is read as text.',
  snippetExpectedName: 'Snippet syntax: Expected a tabstop number or a variable name after "${".',
  snippetAfterTabstop: 'Snippet syntax: Expected "}", ":", "|" or "/" after "${{0}".',
  snippetAfterVariable: 'Snippet syntax: Expected "}", ":" or "/" after "${{0}".',
  snippetUnclosedChoice: 'Snippet syntax: Unclosed choice: end it with "|}".',
  snippetChoiceEnd: 'Snippet syntax: A choice ends with "|}"; write "\\|" for a literal "|".',
  snippetEmptyChoice: 'Snippet syntax: A choice needs at least one option.',
  snippetUnclosedTransform: 'Snippet syntax: Unclosed transform: write "${NAME/regex/format/flags}".',
  snippetBadRegex: 'Snippet syntax: Invalid regular expression "{0}" in the transform.',
  snippetUnclosed: 'Snippet syntax: Unclosed "${": add the matching "}" (or write "\\$" for a literal "$").',
  // Templates: the header.
  templateFrontMatterOpen: 'The front matter is never closed: add a line "---" after it.',
  templateNoFrontMatter: 'A template starts with front matter: a "---" line, then id, name, description and kind, then "---".',
  templateHeaderNotMap: '"{0}" must hold the template\'s id, name, description and kind, each on an indented line below it.',
  templateHeaderTooLong: 'The front matter is {0} characters long; a template\'s header (id, name, description, kind) may have {1}. The template is left out.',
  templateHeaderTooDeep: 'The front matter nests brackets more than {0} deep. The template is left out.',
  templateHeaderKeys: 'The front matter must be a map of keys: id, name, description, kind.',
  templateMissingId: 'Missing "id": a lowercase-kebab name such as "team-retro".',
  templateBadId: 'Invalid id "{0}": use lowercase letters, digits and single hyphens, such as "team-retro".',
  templateMissingName: 'Missing "name": the label shown in the template picker.',
  templateDescriptionText: '"description" must be text.',
  templateMissingKind: 'Missing "kind": use one of {0}.',
  templateUnknownKind: 'Unknown kind "{0}": use one of {1}.',
  templateUnknownKey: 'Unknown key "{0}" is ignored (known: {1}).',
  templateUnsafeTransform: 'The transform on ${{0}} is not applied ({1}, which could take very long): the value is inserted as it is.',
  templateNoBody: 'The template has no body: inserting it adds nothing.',
  // The memory: what a learning document holds that cannot be read.
  memoryNoDate: 'No date: give the front matter a "date: YYYY-MM-DD" or start the file name with one.',
  memoryHealthNotMap: 'health should be a map of names to scores from 1 to 5.',
  memoryBadScore: '{0} should be a score from {1} to {2}, not "{3}".',
  memoryUnreadableStatus: 'Unreadable status "{0}": the action item is read as open (use Done, Dropped, Open or In progress).',
  memoryUnreadableDue: 'Unreadable due date "{0}": the action item has no due date.',
  memoryUnreadableNumericDue: 'Unreadable due date "{0}": the action item has no due date. Numeric dates like 4/30/2027 are read only with the setting learningLoop.dates.order.',
  memoryTomlOpen: 'TOML front matter is not closed by +++ (or is over 64 KB): its date is not read.',
  memoryTomlUnreadable: 'TOML front matter cannot be read: {0}',
  memoryDateNotCalendar: 'The front matter date is not a calendar date (YYYY-MM-DD).',
} as const;

/** The id of a message in {@link MESSAGES}. */
export type MessageId = keyof typeof MESSAGES;
/** What fills a placeholder. */
export type MessageArg = string | number;

/** A message by id with its arguments, before it is put into words. */
export interface Message {
  readonly id: MessageId;
  readonly args: readonly MessageArg[];
}

/** The message `id` with `args` for its placeholders. */
export function message(id: MessageId, ...args: MessageArg[]): Message {
  return { id, args };
}

const PLACEHOLDER = /\{(\d+)\}/g;

/** The English text of a message: its template with each `{n}` replaced by `args[n]`. */
export function formatMessage(id: MessageId, args: readonly MessageArg[]): string {
  return MESSAGES[id].replace(PLACEHOLDER, (whole, n: string) => {
    const arg = args[Number(n)];
    return arg === undefined ? whole : String(arg);
  });
}
