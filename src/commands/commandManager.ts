import * as vscode from 'vscode';

/** A command as a small object: its id and what it does (its result goes back to the caller). */
export interface Command {
  readonly id: string;
  execute(...args: unknown[]): unknown;
}

/** Registers commands; disposing the result unregisters them all. */
export function registerCommands(commands: readonly Command[]): vscode.Disposable {
  return vscode.Disposable.from(...commands.map((command) =>
    vscode.commands.registerCommand(command.id, (...args: unknown[]) => command.execute(...args))));
}
