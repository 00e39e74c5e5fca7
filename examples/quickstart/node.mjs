// The README's Node quick start. With `npm start` running: node examples/quickstart/node.mjs
import { createClient, isJianyiError } from '@jianyi/core';

const api = process.env.JIANYI_API ?? 'http://127.0.0.1:8787';
const citizen = createClient({ baseUrl: api });
const { suggestion, accessKey } = await citizen.suggestions.create({
  categoryId: 'urban',
  title: '东湖路井盖缺失',
  body: '东湖路与金鹗路交叉口的井盖缺失一周了，夜间行人容易踩空，请尽快补上。',
  contact: { name: '王小明', phone: '13812345678' },
  consent: true,
});
console.log('查询码', suggestion.id, '查询密钥', accessKey);

const dispatcher = createClient({ baseUrl: api, token: 'demo-dispatcher' });
await dispatcher.suggestions.act(suggestion.id, { type: 'accept' });
await dispatcher.suggestions.act(suggestion.id, { type: 'assign', departmentId: 'urban' });

const mine = await createClient({ baseUrl: api, accessKey }).suggestions.get(suggestion.id);
console.log(mine.suggestion.status, mine.events.map((event) => event.type).join(' → '));

const seen = await citizen.suggestions.get(suggestion.id); // anyone: masked
console.log('public view shows the phone:', JSON.stringify(seen).includes('13812345678'));

try {
  await citizen.suggestions.create({ categoryId: 'urban', title: '井盖', body: '太短' });
} catch (error) {
  if (isJianyiError(error)) console.log(error.fieldErrors); // { title: '至少需要 5 个字', … }
}
