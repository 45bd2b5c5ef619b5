import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lint } from 'markdownlint/sync';
import { parseTemplate, type Template } from '../../src/core/templates/template';
import { renderDefaults, stripFrontMatter } from '../../src/core/templates/snippet';
import { dateVariables } from '../../src/core/templates/variables';
import { buildVariables } from '../../src/core/retro/carryForward';
import { readRetroMeta } from '../../src/core/retro/retroDoc';

const folder = path.resolve(__dirname, '../../src/content/templates');
const files = fs.existsSync(folder) ? fs.readdirSync(folder).filter((name) => name.endsWith('.md')).sort() : [];

/** The formats the issue asks for; more may exist. */
const REQUIRED_IDS = [
  'start-stop-continue', '4ls', 'mad-sad-glad', 'sailboat', 'starfish', 'rose-thorn-bud', 'keep-problem-try',
  'daki', 'timeline', 'after-action-review', 'blameless-postmortem', 'lessons-learned', 'learning-plan', 'double-loop-review',
];
const OPEN_ACTIONS_HEADING = '## Open actions from last time';
const ACTION_ITEMS_HEADING = '## Action items';
const TODAY = '2026-11-20';

/** What a first retro gets: default team, iteration 1, no previous retro; dates fixed. */
const VARIABLES = {
  ...dateVariables(TODAY),
  ...buildVariables({ team: 'Team', today: TODAY, previous: undefined }),
};

/** A second retro: the previous one left two open items, one overdue, with long back links. */
const PREVIOUS = {
  text: [
    '---', 'date: 2026-11-14', 'iteration: 7', '---', '', '# Retro', '', '## Action items', '',
    '- [ ] Write the on-call handover checklist @dana due:2026-11-28',
    '- [ ] Automate the release notes draft for every service we ship @omar due:2026-12-24 (carried 2×)',
    '- [x] Book the room @lee', '',
  ].join('\n'),
  link: '2026-11-14-start-stop-continue.md',
  label: '2026-11-14-start-stop-continue',
};
const LATER_VARIABLES = {
  ...dateVariables('2026-12-01'),
  ...buildVariables({ team: 'Platform', today: '2026-12-01', previous: PREVIOUS, iteration: '8', roster: { facilitator: 'Dana: ops', participants: 'Dana: ops, Omar, Lee' } }),
};

/** Whether a template must review the last open actions and record new ones. */
function tracksActions(template: Template): boolean {
  return template.kind === 'retrospective' || template.kind === 'postmortem' || template.id === 'after-action-review';
}

/** markdownlint's findings with its default rules, one readable line each. */
function violations(name: string, markdown: string): string[] {
  return (lint({ strings: { [name]: markdown } })[name] ?? []).map((v) =>
    `${name}:${v.lineNumber} ${v.ruleNames.join('/')} ${v.ruleDescription}${v.errorDetail ? ` [${v.errorDetail}]` : ''}${v.errorContext ? ` (${v.errorContext})` : ''}`);
}

describe('built-in templates (src/content/templates)', () => {
  const parsed = files.map((file) => ({ file, ...parseTemplate(fs.readFileSync(path.join(folder, file), 'utf8'), `built-in:${file}`) }));
  const templates = parsed.flatMap((p) => (p.template ? [p.template] : []));

  it('exist', () => assert.ok(files.length >= REQUIRED_IDS.length, `only ${files.length} files in ${folder}`));

  it('include every required format', () => {
    const ids = new Set(templates.map((t) => t.id));
    assert.deepEqual(REQUIRED_IDS.filter((id) => !ids.has(id)), []);
  });

  it('the Learning Plan\'s heading names the period its front matter holds (one tabstop for both)', () => {
    const plan = templates.find((t) => t.id === 'learning-plan');
    assert.ok(plan);
    const rendered = renderDefaults(plan.body, VARIABLES);
    assert.match(rendered, /^period: quarter$/m);
    assert.match(rendered, /^# Learning plan: Team, quarter$/m);
    assert.match(renderDefaults(stripFrontMatter(plan.body), VARIABLES), /^# Learning plan: Team, quarter$/m);
  });

  it('have unique ids, each matching its file name', () => {
    assert.equal(new Set(templates.map((t) => t.id)).size, templates.length);
    for (const { file, template } of parsed) if (template) assert.equal(`${template.id}.md`, file);
  });

  for (const { file, template, problems } of parsed) {
    describe(file, () => {
      it('parses with zero problems', () => assert.deepEqual(problems, []));
      if (!template) return;

      if (tracksActions(template)) {
        it(`has "${OPEN_ACTIONS_HEADING}" with PREVIOUS_RETRO and OPEN_ACTIONS, and "${ACTION_ITEMS_HEADING}"`, () => {
          const lines = template.body.split('\n');
          const open = lines.indexOf(OPEN_ACTIONS_HEADING);
          const actions = lines.indexOf(ACTION_ITEMS_HEADING);
          assert.ok(open >= 0, `no "${OPEN_ACTIONS_HEADING}" line`);
          assert.ok(actions >= 0, `no "${ACTION_ITEMS_HEADING}" line`);
          const section = lines.slice(open + 1, lines.findIndex((l, i) => i > open && l.startsWith('## '))).join('\n');
          assert.match(section, /\$\{PREVIOUS_RETRO\}/);
          assert.match(section, /\$\{OPEN_ACTIONS\}/);
        });
      }

      const rendered = renderDefaults(template.body, VARIABLES);

      it('renders to Markdown with zero markdownlint violations (default rules)', () => {
        const found = violations(file, rendered);
        assert.deepEqual(found, [], `\n${found.join('\n')}\n--- rendered ---\n${rendered}`);
      });

      if (tracksActions(template)) {
        it('renders a later retro with carried, flagged items lint-clean too', () => {
          const later = renderDefaults(template.body, LATER_VARIABLES);
          assert.match(later, /\*\*⚠ Overdue\*\* Write the on-call handover checklist/);
          assert.match(later, /- \[ \] Automate the release notes[^\n]*\n {2}\(carried 3×\)/);
          assert.deepEqual(violations(file, later), []);
        });
      }

      if (/^facilitator:/m.test(template.body)) {
        it('prefills the roster, and the next retro reads it back (names with a colon are quoted)', () => {
          const meta = readRetroMeta(renderDefaults(template.body, LATER_VARIABLES));
          assert.equal(meta.facilitator, 'Dana: ops');
          assert.deepEqual(meta.participants, ['Dana: ops', 'Omar', 'Lee']);
        });
      }

      it('leaves no snippet syntax or unknown variable behind', () => {
        assert.doesNotMatch(rendered, /\$\{|\$[A-Z_]{2,}/);
      });

      it('lints clean without its front matter too (as inserted mid-document)', () => {
        const inserted = renderDefaults(stripFrontMatter(template.body), VARIABLES);
        assert.doesNotMatch(inserted, /^---/);
        assert.deepEqual(violations(file, inserted), []);
      });

      if (rendered.startsWith('---\n')) {
        it('writes front matter a retro can be read back from', () => {
          const meta = readRetroMeta(rendered);
          assert.equal(meta.date, TODAY);
          if (/^iteration:/m.test(rendered)) assert.equal(meta.iteration, 1);
        });
      }
    });
  }
});
