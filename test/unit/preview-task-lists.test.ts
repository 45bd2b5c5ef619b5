import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { taskListPlugin } from '../../src/core/preview/taskListPlugin';
import { assertScalesLinearly } from './support/complexity';

const render = (text: string, html = false): string => new MarkdownIt({ html }).use(taskListPlugin).render(text);

describe('preview: task lists', () => {
  it('renders open and done items as disabled checkboxes, the marker removed', () => {
    const out = render('- [ ] Write the checklist @dana\n- [x] Book the room\n- [X] Done too\n');
    assert.equal((out.match(/<input type="checkbox" class="task-list-item-checkbox" disabled>/g) ?? []).length, 1);
    assert.equal((out.match(/disabled checked>/g) ?? []).length, 2);
    assert.match(out, /<ul class="contains-task-list">/);
    assert.equal((out.match(/<li class="task-list-item">/g) ?? []).length, 3);
    assert.doesNotMatch(out, /\[[ xX]\]/);
    assert.match(out, /disabled> Write the checklist @dana/);
  });

  it('leaves other list items, code and brackets elsewhere alone', () => {
    const out = render('- plain item\n- [link](x) item\n- [ ]no space\n\n```\n- [ ] in code\n```\n\nText [ ] in a paragraph\n');
    assert.doesNotMatch(out, /<input/);
    assert.match(out, /- \[ \] in code/);
    assert.match(out, /\[ \]no space/);
    assert.doesNotMatch(out, /contains-task-list/);
  });

  it('marks only the list that holds task items, nested lists included', () => {
    const out = render('- outer\n  - [ ] inner task\n- another\n');
    assert.match(out, /<ul>\n<li>outer\n<ul class="contains-task-list">\n<li class="task-list-item"><input/);
  });

  it('shows the checkbox with html: false too (its own renderer rule, not raw HTML)', () => {
    assert.match(render('1. [x] numbered\n'), /<ol class="contains-task-list">\n<li class="task-list-item"><input type="checkbox" class="task-list-item-checkbox" disabled checked> numbered/);
  });

  it('is linear in the number of items of one list', function () {
    this.timeout(60_000); // markdown-it renders the whole list each round
    assertScalesLinearly({ name: 'task items in one list', generate: (n) => '- [ ] item\n'.repeat(Math.ceil(n / 11)), run: render, n: 8000 });
  });
});
