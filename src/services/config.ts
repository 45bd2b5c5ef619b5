import * as vscode from 'vscode';
import { SETTINGS_SECTION, Settings } from '../constants';
import type { FormOptions } from '../core/memory/forms';
import { DEFAULT_TEAM } from '../core/retro/carryForward';
import type { DocumentKind } from '../core/memory/model';

// Typed reads of our settings, always scoped to a resource when there is one, so a
// multi-root workspace can set them per folder.

function section(scope?: vscode.ConfigurationScope): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration(SETTINGS_SECTION, scope);
}

/** The team name for `${TEAM}`: the setting, else the workspace folder's name. */
export function teamName(folder?: vscode.WorkspaceFolder): string {
  const configured = section(folder).get<string>(Settings.team, '').trim();
  return configured || folder?.name || DEFAULT_TEAM;
}

/** Folder of retrospectives, relative to a workspace folder. */
export function retrospectivesFolder(folder: vscode.WorkspaceFolder): string {
  return kindFolder(folder, 'retrospective');
}

/** Each kind's folder setting and its default, relative to a workspace folder. */
const KIND_FOLDERS: Readonly<Record<DocumentKind, { key: string; fallback: string }>> = {
  'retrospective': { key: Settings.retrospectivesFolder, fallback: 'docs/retrospectives' },
  'postmortem': { key: Settings.postmortemsFolder, fallback: 'docs/postmortems' },
  'lessons-learned': { key: Settings.lessonsFolder, fallback: 'docs/lessons-learned' },
  'learning-organization': { key: Settings.learningPlansFolder, fallback: 'docs/learning-plans' },
};

/** The folder documents of `kind` live in, relative to a workspace folder. */
export function kindFolder(folder: vscode.WorkspaceFolder, kind: DocumentKind): string {
  const { key, fallback } = KIND_FOLDERS[kind];
  return cleanRelative(section(folder).get<string>(key, fallback)) || fallback;
}

/** Whether a configuration change touches one of the kind folders. */
export function affectsKindFolders(event: vscode.ConfigurationChangeEvent): boolean {
  return Object.values(KIND_FOLDERS).some(({ key }) => affects(event, key));
}

/** The user's own handle (`learningLoop.me`) without the '@', or undefined when not set. */
export function myHandle(): string | undefined {
  const me = section().get<string>(Settings.me, '').trim().replace(/^@/, '');
  return me === '' ? undefined : me;
}

/** Folder of the team's templates, relative to a workspace folder. */
export function templatesFolder(folder: vscode.WorkspaceFolder): string {
  return cleanRelative(section(folder).get<string>(Settings.templatesFolder, '.learningloop/templates')) || '.learningloop/templates';
}

/** Glob patterns of the team's glossaries, relative to a workspace folder. */
export function glossaryGlobs(folder: vscode.WorkspaceFolder): string[] {
  const globs = section(folder).get<unknown>(Settings.glossaryFiles);
  return Array.isArray(globs) ? globs.filter((g): g is string => typeof g === 'string' && g.trim() !== '') : [];
}

/** Whether hovers are on for this document. */
export function hoverEnabled(scope?: vscode.ConfigurationScope): boolean {
  return section(scope).get<boolean>(Settings.hoverEnabled, true);
}

/** Whether the Markdown preview marks terms. */
export function previewEnabled(): boolean {
  return section().get<boolean>(Settings.previewEnabled, true);
}

/** True when a configuration change touches one of our keys. */
export function affects(event: vscode.ConfigurationChangeEvent, key: string): boolean {
  return event.affectsConfiguration(`${SETTINGS_SECTION}.${key}`);
}

// A setting is a path inside the workspace folder: no leading slash, no `..` escapes.
function cleanRelative(value: string): string {
  return value
    .replace(/\\/g, '/')
    .split('/')
    .filter((part) => part !== '' && part !== '.' && part !== '..')
    .join('/');
}

/** Whether a configuration change touches how action items are read (their headings, the date order). */
export function affectsFormOptions(event: vscode.ConfigurationChangeEvent): boolean {
  return affects(event, Settings.actionsHeadings) || affects(event, Settings.datesOrder);
}

/** How action items are read: the team's own action headings and its numeric date order (never guessed). */
export function formOptions(scope?: vscode.ConfigurationScope): FormOptions {
  const headings = section(scope).get<unknown>(Settings.actionsHeadings);
  const order = section(scope).get<unknown>(Settings.datesOrder);
  return {
    headings: Array.isArray(headings) ? headings.filter((h): h is string => typeof h === 'string' && h.trim() !== '') : [],
    ...(order === 'mdy' || order === 'dmy' ? { dateOrder: order } : {}),
  };
}
