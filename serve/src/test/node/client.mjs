// The official OpenAI TypeScript SDK against a running praxis serve (driven by OpenAiTypeScriptSdkTest).
// Usage: node client.mjs BASE_URL API_KEY   (BASE_URL like http://127.0.0.1:8080/v1)
// Prints one JSON object with what the SDK returned; any unexpected SDK error exits non-zero.
import OpenAI from 'openai';

const [baseURL, apiKey] = process.argv.slice(2);
const client = new OpenAI({ baseURL, apiKey, maxRetries: 0 });
const LOAN = 'What is the monthly payment on a 300000 loan at 6.5% for 30 years?';
const out = {};

const plain = await client.chat.completions.create({
  model: 'finance', user: 'ts-loan', messages: [{ role: 'user', content: LOAN }],
});
out.plain = { content: plain.choices[0].message.content, finish_reason: plain.choices[0].finish_reason,
  stop_reason: plain.praxis?.stop_reason };

const stream = await client.chat.completions.create({
  model: 'finance', user: 'ts-loan-stream', stream: true, messages: [{ role: 'user', content: LOAN }],
});
let text = '';
let chunks = 0;
let finish = null;
const tools = [];
for await (const chunk of stream) {
  chunks++;
  text += chunk.choices[0]?.delta?.content ?? '';
  finish = chunk.choices[0]?.finish_reason ?? finish;
  if (chunk.praxis?.event) tools.push(`${chunk.praxis.event} ${chunk.praxis.tool}`);
}
out.streamed = { content: text, chunks, finish_reason: finish, tools };

const history = [{ role: 'user', content: 'Buy the red trail shoe in size 40 and check out' }];
const preview = await client.chat.completions.create({ model: 'shop', user: 'ts-shop', messages: history });
// The whole history goes back, as chat clients send it; the server passes on only the new user message.
history.push(preview.choices[0].message, { role: 'user', content: 'Yes, place the order' });
const checkout = await client.chat.completions.create({ model: 'shop', user: 'ts-shop', messages: history });
const approval = checkout.praxis.approval;
const pending = await client.get('/approvals');
const approved = await client.post(`/approvals/${approval.id}`, { body: { decision: 'approve' } });
out.approval = { preview: preview.choices[0].message.content, finish_reason: checkout.choices[0].finish_reason, id: approval.id, title: approval.title,
  details: approval.details, listed: pending.data.map((a) => a.id),
  after: approved.choices[0].message.content, after_finish: approved.choices[0].finish_reason };

try {
  await new OpenAI({ baseURL, apiKey: 'not-a-key', maxRetries: 0 }).models.list();
  out.unauthorized = { status: 'no error' };
} catch (e) {
  if (!(e instanceof OpenAI.AuthenticationError)) throw e;
  out.unauthorized = { status: e.status, code: e.code, message: e.message };
}
console.log(JSON.stringify(out));
