// The staff side of the loop in one small page: list what this token may see, open one,
// take the actions the server says are allowed now. Every call goes through the SDK, so
// what the SDK refuses before sending shows next to the field in Chinese.
import { createClient, isJianyiError, statuses, term } from '/sdk/jianyi-core.min.js';
import { formatTime, h } from './dom.js';

const locale = 'zh-CN';
const signIn = document.getElementById('sign-in');
const listBody = document.querySelector('#list tbody');
const more = document.getElementById('more');
const listMessage = document.getElementById('list-message');
const actForm = document.getElementById('act');
const actFields = document.getElementById('act-fields');
const actMessage = document.getElementById('act-message');

/** Fields each action needs besides the notes; the rest of the schema is checked by the SDK. */
const actionFields = {
  reject: [['reason', '不予受理的理由', 'textarea']],
  return: [['reason', '退回的理由', 'textarea']],
  merge: [['into', '并入的查询码', 'input']],
  assign: [['departmentId', '承办部门', 'departments']],
  answer: [['kind', '答复类型', 'answerKinds'], ['body', '答复内容', 'textarea']],
  reply: [['body', '答复内容', 'textarea']],
};
const answerKinds = ['explanation', 'direct-answer', 'consulted-answer'];

let client;
let departments = [];
let nextCursor = null;
let openId = null;

for (const status of statuses) signIn.elements.status.append(h('option', { value: status }, term('status', status, locale)));
const savedToken = sessionStorage.getItem('jianyi-staff-token');
if (savedToken) choosePreset(savedToken);
signIn.elements.preset.addEventListener('change', () => {
  document.getElementById('token-field').hidden = signIn.elements.preset.value !== '';
});
signIn.addEventListener('submit', (event) => {
  event.preventDefault();
  void refresh();
});
more.addEventListener('click', () => void loadPage(nextCursor));
actForm.elements.type.addEventListener('change', () => showActionFields(actForm.elements.type.value));
actForm.addEventListener('submit', (event) => {
  event.preventDefault();
  void act();
});
void refresh();

function choosePreset(token) {
  const preset = [...signIn.elements.preset.options].find((option) => option.value === token);
  signIn.elements.preset.value = preset ? token : '';
  signIn.elements.token.value = preset ? '' : token;
  document.getElementById('token-field').hidden = Boolean(preset);
}

function currentToken() {
  return signIn.elements.preset.value || signIn.elements.token.value.trim();
}

async function refresh() {
  const token = currentToken();
  if (!token) {
    listMessage.textContent = '请选择身份或填写令牌';
    return;
  }
  sessionStorage.setItem('jianyi-staff-token', token);
  client = createClient({ baseUrl: location.origin, token, locale });
  departments = await client.meta.departments().catch(() => []);
  listBody.replaceChildren();
  await loadPage(null);
}

async function loadPage(cursor) {
  const query = {
    limit: 20,
    ...(signIn.elements.status.value && { status: signIn.elements.status.value }),
    ...(signIn.elements.q.value.trim() && { q: signIn.elements.q.value.trim() }),
    ...(cursor && { cursor }),
  };
  listMessage.textContent = '正在加载…';
  try {
    const page = await client.suggestions.list(query);
    for (const item of page.items) {
      const open = h('a', { href: `#${item.id}`, onclick: (event) => { event.preventDefault(); void openSuggestion(item.id); } }, item.id);
      listBody.append(h('tr', { 'data-id': item.id }, h('td', {}, open), h('td', {}, item.title), h('td', {}, term('status', item.status, locale)), h('td', {}, formatTime(item.createdAt))));
    }
    nextCursor = page.nextCursor;
    more.hidden = !nextCursor;
    listMessage.textContent = listBody.childElementCount ? `已显示 ${listBody.childElementCount} 条` : '没有符合条件的建议';
  } catch (error) {
    listMessage.textContent = describe(error);
  }
}

async function openSuggestion(id) {
  openId = id;
  actMessage.textContent = '';
  try {
    const detail = await client.suggestions.get(id);
    renderDetail(detail);
  } catch (error) {
    listMessage.textContent = describe(error);
  }
}

function renderDetail({ suggestion, events, allowedActions }) {
  const section = document.getElementById('detail');
  section.hidden = false;
  document.getElementById('detail-title').textContent = `${suggestion.id} · ${suggestion.title}`;
  const department = departments.find((candidate) => candidate.id === suggestion.departmentId);
  const facts = [
    ['状态', term('status', suggestion.status, locale)],
    ['来源', term('channel', suggestion.channel, locale)],
    ['承办部门', department?.name ?? suggestion.departmentId ?? '—'],
    ['办理期限', suggestion.dueAt ? formatTime(suggestion.dueAt) : `受理期限 ${formatTime(suggestion.acceptDueAt)}`],
    ['联系人', suggestion.anonymous ? '匿名' : [suggestion.contact?.name, suggestion.contact?.phone].filter(Boolean).join(' ') || '—'],
  ];
  document.getElementById('detail-facts').replaceChildren(...facts.map(([label, value]) => h('div', {}, h('dt', {}, label), h('dd', {}, value))));
  document.getElementById('detail-body').textContent = suggestion.body;
  document.getElementById('detail-events').replaceChildren(
    ...events.map((event) =>
      h('li', {},
        h('time', { datetime: event.at }, formatTime(event.at)), ' ',
        h('strong', {}, term('action', event.type, locale)), ' ',
        event.actor.displayName ?? '',
        event.note ? h('p', {}, event.note) : null,
        event.internalNote ? h('p', { class: 'internal' }, `内部备注：${event.internalNote}`) : null,
      ),
    ),
  );
  const choices = allowedActions.filter((type) => type !== 'rate');
  actForm.elements.type.replaceChildren(...choices.map((type) => h('option', { value: type }, term('action', type, locale))));
  actForm.hidden = choices.length === 0;
  document.getElementById('no-actions').hidden = choices.length > 0;
  showActionFields(choices[0]);
  section.scrollIntoView({ block: 'nearest' });
}

function showActionFields(type) {
  actFields.replaceChildren(
    ...(actionFields[type] ?? []).map(([name, label, kind]) => {
      let control;
      if (kind === 'textarea') control = h('textarea', { name, rows: 4, maxlength: 2000 });
      else if (kind === 'input') control = h('input', { name, autocomplete: 'off' });
      else {
        const options = kind === 'departments' ? departments.map((d) => [d.id, d.name]) : answerKinds.map((k) => [k, term('replyKind', k, locale)]);
        control = h('select', { name }, options.map(([value, text]) => h('option', { value }, text)));
      }
      return h('label', {}, label, control, h('span', { class: 'field-error', 'data-for': name }));
    }),
  );
}

async function act() {
  const data = new FormData(actForm);
  const action = {};
  for (const [name, value] of data) if (String(value).trim()) action[name] = String(value).trim();
  for (const error of actForm.querySelectorAll('.field-error')) error.textContent = '';
  actMessage.textContent = '正在提交…';
  try {
    const detail = await client.suggestions.act(openId, action);
    actForm.elements.note.value = '';
    actForm.elements.internalNote.value = '';
    actMessage.textContent = `已${term('action', action.type, locale)}，当前状态：${term('status', detail.suggestion.status, locale)}`;
    renderDetail(detail);
    const row = listBody.querySelector(`tr[data-id="${CSS.escape(openId)}"] td:nth-child(3)`);
    if (row) row.textContent = term('status', detail.suggestion.status, locale);
  } catch (error) {
    if (isJianyiError(error)) {
      for (const [field, message] of Object.entries(error.fieldErrors)) {
        const slot = actForm.querySelector(`.field-error[data-for="${CSS.escape(field)}"]`);
        if (slot) slot.textContent = message;
      }
    }
    actMessage.textContent = describe(error);
  }
}

/** The SDK's localized message, and what to do next for the common cases. */
function describe(error) {
  if (!isJianyiError(error)) return '出错了，请刷新页面后重试';
  if (error.status === 401) return `${error.message}：请检查令牌是否正确、是否已停用`;
  if (error.status === 409) return `${error.message}：这条建议刚被他人处理过，请重新打开后再操作`;
  if (error.code === 'network_error') return '无法连接服务器，请检查网络后重试';
  return error.message;
}
