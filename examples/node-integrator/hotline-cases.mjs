// Reading a 12345-hotline export (JSON or CSV, the columns its case system exports) and
// turning one case into the input of a Jianyi suggestion.
import { readFileSync } from 'node:fs';
import { limits, message } from '@jianyi/core';

/** The export's records, keyed by its (Chinese) column names. */
export function readCases(path) {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, ''); // Excel saves CSV with a BOM
  if (path.endsWith('.json')) return JSON.parse(text);
  const [header = [], ...rows] = parseCsv(text);
  return rows.filter((row) => row.some((cell) => cell !== '')).map((row) => Object.fromEntries(header.map((name, i) => [name, row[i] ?? ''])));
}

/** RFC 4180 CSV: quoted cells may hold commas, quotes ("") and line breaks. */
export function parseCsv(text) {
  const rows = [[]];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') rows.at(-1).push(cell), (cell = '');
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      rows.at(-1).push(cell), (cell = ''), rows.push([]);
    } else cell += char;
  }
  rows.at(-1).push(cell);
  return rows.filter((row) => !(row.length === 1 && row[0] === ''));
}

/**
 * One hotline case as a suggestion from the `hotline-12345` channel. The caller's
 * contact is kept only when they agreed on the phone; otherwise the case goes in
 * anonymously. Returns the field errors instead when the case names a category the
 * server does not have.
 */
export function toSuggestion(record, categories, locale = 'zh-CN') {
  const caseNo = String(record['工单编号'] ?? '').trim();
  const categoryName = String(record['问题分类'] ?? '').trim();
  const category = categories.find((c) => c.name === categoryName);
  if (!category) return { caseNo, fieldErrors: { categoryId: `${message('unknownReference', locale)}（${categoryName}）` } };
  const name = String(record['来电人'] ?? '').trim();
  const phone = String(record['联系电话'] ?? '').trim();
  const consent = String(record['同意留存联系方式'] ?? '').trim() === '是' && Boolean(name || phone);
  const content = String(record['诉求内容'] ?? '').trim();
  const details = [record['来电时间'] && `来电时间 ${record['来电时间']}`, record['诉求类型'] && `诉求类型 ${record['诉求类型']}`];
  // The case number travels as `externalRef` (staff see it; it keeps the import to one
  // suggestion per case). A content too short on its own is sent bare, so the schema
  // refuses it instead of the suffix padding it.
  const known = details.filter(Boolean);
  const body = content.length < limits.body.min || known.length === 0 ? content : `${content}\n（12345 热线${known.join('，')}）`;
  return {
    caseNo,
    input: {
      channel: 'hotline-12345',
      externalRef: caseNo,
      categoryId: category.id,
      title: String(record['标题'] ?? '').trim(),
      body,
      ...(record['事发地址'] && { location: { address: String(record['事发地址']).trim(), public: false } }),
      ...(consent ? { contact: { name, phone }, consent: true } : { anonymous: true }),
    },
  };
}
