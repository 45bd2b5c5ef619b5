import type MarkdownIt from 'markdown-it';

/** `[ ]`, `[x]` or `[X]` and a space at the start of a list item's first paragraph. */
const TASK_MARKER = /^\[([ xX])\][ \t]/;
/** The token type of the checkbox this plugin adds (rendered by its own rule, so `html: false` still shows it). */
const CHECKBOX_TOKEN = 'll_task_checkbox';
const LIST_OPEN = new Set(['bullet_list_open', 'ordered_list_open']);
const LIST_CLOSE = new Set(['bullet_list_close', 'ordered_list_close']);

function addClass(token: { attrGet(name: string): string | null; attrSet(name: string, value: string): void }, name: string): void {
  const current = token.attrGet('class');
  if (current === null) token.attrSet('class', name);
  else if (!current.split(' ').includes(name)) token.attrSet('class', `${current} ${name}`);
}

/**
 * Renders task-list items (`- [ ] text`, `- [x] text`) as disabled checkboxes, as GitHub does:
 * the item gets `task-list-item`, its list `contains-task-list`. One pass over the tokens with a
 * stack of open lists, so a list of n items costs O(n) (markdown-it-task-lists walks back to the
 * list for every item: quadratic on a long list).
 */
export function taskListPlugin(md: MarkdownIt): void {
  // after text_join, so an item's first text token holds the whole marker
  md.core.ruler.push('ll_task_lists', (state) => {
    const tokens = state.tokens;
    const lists: number[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      if (!token) continue;
      if (LIST_OPEN.has(token.type)) lists.push(i);
      else if (LIST_CLOSE.has(token.type)) lists.pop();
      else if (token.type === 'inline' && tokens[i - 1]?.type === 'paragraph_open' && tokens[i - 2]?.type === 'list_item_open') {
        const first = token.children?.[0];
        const match = first?.type === 'text' ? TASK_MARKER.exec(first.content) : null;
        if (!first || !match || !token.children) continue;
        first.content = first.content.slice(match[0].length);
        const box = new state.Token(CHECKBOX_TOKEN, 'input', 0);
        box.meta = { checked: match[1] !== ' ' };
        token.children.unshift(box);
        const item = tokens[i - 2];
        if (item) addClass(item, 'task-list-item');
        const list = tokens[lists[lists.length - 1] ?? -1];
        if (list) addClass(list, 'contains-task-list');
      }
    }
    return false;
  });
  md.renderer.rules[CHECKBOX_TOKEN] = (tokens, index) => {
    const checked = (tokens[index]?.meta as { checked?: boolean } | undefined)?.checked === true;
    return `<input type="checkbox" class="task-list-item-checkbox" disabled${checked ? ' checked' : ''}> `;
  };
}
