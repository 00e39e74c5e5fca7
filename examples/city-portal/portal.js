// The portal's own glue around the widgets: a workstation's QR link pre-binds the form,
// the lookup form opens the tracker, and the workstations and figures come from the API
// through the SDK, as any portal page would do it.
import { createClient, isJianyiError, term } from '/sdk/jianyi-core.min.js';
import { formatTime, h } from './dom.js';
import { qrCode } from './qr.js';

const api = createClient({ baseUrl: location.origin, locale: 'zh-CN' });
const params = new URLSearchParams(location.search);

bindFormToWorkstation(params.get('workstation'));
setUpLookup(params.get('code'), params.get('key'));
listDemoCodes();
listWorkstations();
showFigures();

/** Opened from a workstation's QR code: the suggestion goes to that workstation. */
function bindFormToWorkstation(workstationId) {
  if (!workstationId) return;
  const form = document.getElementById('form');
  form.setAttribute('workstation', workstationId);
  form.setAttribute('channel', 'qr-code');
}

function setUpLookup(code, key) {
  const lookup = document.getElementById('lookup');
  const error = document.getElementById('lookup-error');
  lookup.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(lookup);
    const typed = String(data.get('code') ?? '').trim().toUpperCase();
    if (!/^[A-Z0-9]{8,24}$/.test(typed)) {
      error.textContent = typed ? '查询码由字母和数字组成，请核对提交成功时显示的查询码' : '请输入查询码';
      error.hidden = false;
      lookup.elements.code.setAttribute('aria-invalid', 'true');
      lookup.elements.code.focus();
      return;
    }
    error.hidden = true;
    lookup.elements.code.removeAttribute('aria-invalid');
    track(typed, String(data.get('key') ?? '').trim());
  });
  if (code) {
    lookup.elements.code.value = code;
    lookup.elements.key.value = key ?? '';
    track(code, key ?? '');
  }
}

/** Shows the tracker for a code; the URL keeps the code (not the key) so the page can be shared. */
function track(code, key) {
  const tracker = document.getElementById('tracker');
  if (key) tracker.setAttribute('access-key', key);
  else tracker.removeAttribute('access-key');
  tracker.setAttribute('tracking-code', code);
  tracker.hidden = false;
  const url = new URL(location.href);
  url.searchParams.set('code', code);
  url.searchParams.delete('key');
  url.hash = 'track';
  history.replaceState(null, '', url);
}

/** The demo data has one suggestion in each state; list them with their state, once opened. */
function listDemoCodes() {
  const details = document.querySelector('.demo-codes');
  const list = document.getElementById('demo-codes');
  details.addEventListener('toggle', async () => {
    if (!details.open || list.childElementCount) return;
    list.setAttribute('aria-busy', 'true');
    const codes = Array.from({ length: 18 }, (_, index) => String(index + 1).padStart(6, '0'));
    const found = await Promise.all(
      codes.map(async (n) => {
        const code = `JYDEMO${n}`;
        const key = `demo-key-${n}-jianyi`;
        const detail = await createClient({ baseUrl: location.origin, accessKey: key }).suggestions.get(code).catch(() => undefined);
        return detail && { code, key, status: detail.suggestion.status, title: detail.suggestion.title };
      }),
    );
    for (const item of found.filter(Boolean)) {
      const link = h('a', { href: `?code=${item.code}&key=${item.key}#track`, onclick: (event) => {
        event.preventDefault();
        document.getElementById('lookup').elements.code.value = item.code;
        document.getElementById('lookup').elements.key.value = item.key;
        track(item.code, item.key);
        document.getElementById('tracker').scrollIntoView({ behavior: 'smooth' });
      } }, item.code);
      list.append(h('li', {}, link, ' ', h('span', { class: 'status' }, term('status', item.status, 'zh-CN')), ' ', h('span', { class: 'title' }, item.title)));
    }
    list.removeAttribute('aria-busy');
  });
}

async function listWorkstations() {
  const list = document.getElementById('workstation-list');
  try {
    const workstations = await api.meta.workstations();
    for (const workstation of workstations) {
      const link = new URL(workstation.qrUrl, location.origin).href;
      list.append(
        h('li', { class: 'workstation' },
          qrCode(link, `${workstation.name}的民意直通二维码`),
          h('div', {},
            h('h3', {}, workstation.name),
            h('p', {}, workstation.address ?? workstation.region),
            workstation.members.length ? h('p', { class: 'members' }, `驻室委员：${workstation.members.join('、')}`) : null,
            h('a', { href: link }, '扫码或点此提交建议'),
          ),
        ),
      );
    }
  } catch (error) {
    list.append(h('li', { class: 'load-error' }, problemText(error, '工作室列表暂时无法加载，请稍后刷新页面。')));
  } finally {
    list.removeAttribute('aria-busy');
  }
}

async function showFigures() {
  const list = document.getElementById('figure-list');
  const note = document.getElementById('figures-note');
  const percent = (rate) => (rate === null || rate === undefined ? '—' : `${Math.round(rate * 1000) / 10}%`);
  try {
    const stats = await api.stats.get();
    const figures = [
      ['收到建议', `${stats.received} 件`],
      ['已办结', `${stats.closed} 件`],
      ['解决率', percent(stats.solveRate)],
      ['满意率', percent(stats.satisfactionRate)],
      ['平均答复用时', stats.averageReplyDays === null ? '—' : `${stats.averageReplyDays.toFixed(1)} 天`],
      ['超期未办', `${stats.overdue} 件`],
    ];
    for (const [label, value] of figures) list.append(h('div', {}, h('dt', {}, label), h('dd', {}, value)));
    note.textContent = `数据更新于 ${formatTime(new Date().toISOString())}，按提交时间统计。`;
  } catch (error) {
    note.textContent = problemText(error, '统计数据暂时无法加载，请稍后刷新页面。');
  } finally {
    list.removeAttribute('aria-busy');
  }
}

function problemText(error, fallback) {
  return isJianyiError(error) && error.message ? `${fallback}（${error.message}）` : fallback;
}
