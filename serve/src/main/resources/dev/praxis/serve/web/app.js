// The page of `praxis serve`: chat with the served agents over the server's own OpenAI-compatible API.
// No framework and no build step: the server sends this file as it is, under a CSP of default-src 'self'.
import { amortizationChart } from './chart.js';

const KEY = 'praxis.key';
const $ = (id) => document.getElementById(id);
const state = { agent: null, busy: false, opener: null };

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (name === 'text') node.textContent = value; else node.setAttribute(name, value);
  }
  for (const child of children) if (child != null) node.append(child);
  return node;
}

// crypto.randomUUID exists only in secure contexts; a server on a LAN address is plain http.
function randomId() {
  return Array.from(crypto.getRandomValues(new Uint8Array(6)), (b) => b.toString(16).padStart(2, '0')).join('');
}

function money(m) {
  return m && m.amount !== undefined ? `${Number(m.amount).toFixed(2)} ${m.currency}` : '';
}

function showError(message) {
  $('error').textContent = message;
}

// One session name per agent and tab, so a reload continues the conversation and two tabs do not share one.
function sessionName(agent) {
  const slot = `praxis.session.${agent}`;
  let name = sessionStorage.getItem(slot);
  if (!name) {
    name = `web-${randomId()}`;
    sessionStorage.setItem(slot, name);
  }
  return name;
}

function headers() {
  return {
    'Authorization': `Bearer ${sessionStorage.getItem(KEY)}`,
    'Content-Type': 'application/json',
    'X-Praxis-Session': sessionName(state.agent),
  };
}

async function failure(response) {
  let message = `HTTP ${response.status}`;
  try {
    message = (await response.json()).error.message || message;
  } catch { /* not an OpenAI error body */ }
  if (response.status === 401) forgetKey();
  return new Error(message);
}

// Server-sent events from a fetch body: 'data: ...' lines, events separated by a blank line.
async function* events(response) {
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value;
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const event = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const data = event.split('\n').filter((l) => l.startsWith('data:')).map((l) => l.slice(5).trim()).join('\n');
      if (data === '[DONE]') return;
      if (data) yield JSON.parse(data);
    }
  }
}

function addMessage(role, text) {
  // Long answers (a whole schedule as text) scroll inside their message; tabindex lets the keyboard scroll them.
  const body = el('div', { class: 'text', text, tabindex: '0' });
  const item = el('li', { class: `message ${role}` }, el('span', { class: 'who', text: role === 'user' ? 'You' : state.agent }), body);
  $('log').append(item);
  item.scrollIntoView({ block: 'end' });
  return { item, body };
}

// Streams a turn (a chat message or an approval decision) into a new assistant message.
async function streamTurn(path, payload) {
  state.busy = true;
  $('send').disabled = true;
  $('status').textContent = `${state.agent} is working…`;
  const answer = addMessage('assistant', '');
  answer.item.setAttribute('aria-busy', 'true');
  try {
    const response = await fetch(path, { method: 'POST', headers: headers(), body: JSON.stringify({ ...payload, stream: true }) });
    if (!response.ok) throw await failure(response);
    let praxis = null;
    for await (const chunk of events(response)) {
      if (chunk.error) throw new Error(chunk.error.message);
      const delta = chunk.choices?.[0]?.delta?.content;
      if (delta) answer.body.textContent += delta;
      if (chunk.praxis?.event) showToolStep(answer.item, chunk.praxis);
      else if (chunk.praxis) praxis = chunk.praxis;
    }
    if (praxis) showRun(answer.item, praxis);
    $('status').textContent = '';
  } catch (e) {
    answer.body.textContent += `\n[error] ${e.message}`;
    $('status').textContent = `Failed: ${e.message}`;
  } finally {
    answer.item.removeAttribute('aria-busy');
    state.busy = false;
    $('send').disabled = false;
  }
}

// A tool starting or finishing while the turn runs (an extension chunk with an empty delta): one line per call,
// "running loan_payment…" until it finishes, then "loan_payment ✓" (or ✗ with the outcome).
function showToolStep(item, step) {
  let list = item.querySelector('ul.live-tools');
  if (!list) {
    list = el('ul', { class: 'tools live-tools', 'aria-live': 'polite' });
    item.append(list);
  }
  if (step.event === 'tool_started') {
    list.append(el('li', { class: 'running', 'data-tool': step.tool, text: `running ${step.tool}…` }));
    return;
  }
  const running = [...list.querySelectorAll('li.running')].find((line) => line.dataset.tool === step.tool);
  const line = running ?? list.appendChild(el('li', { 'data-tool': step.tool }));
  line.className = step.outcome === 'ok' ? 'done' : 'failed';
  line.textContent = step.outcome === 'ok' ? `${step.tool} ✓` : `${step.tool} ✗ (${step.outcome})`;
}

// What the run did, from the record in the last chunk: the tools called, and views of their results.
function showRun(item, praxis) {
  const calls = praxis.run?.tool_calls ?? [];
  if (calls.length) {
    const list = el('ul', { class: 'tools' });
    for (const call of calls) {
      const outcome = call.outcome === 'ok' ? '' : ` (${call.outcome}${call.error ? `: ${call.error}` : ''})`;
      list.append(el('li', {}, el('code', { text: call.name }), ` ${JSON.stringify(call.arguments)}${outcome}`));
    }
    item.append(el('details', { class: 'activity' }, el('summary', { text: `Tools used (${calls.length})` }), list));
  }
  for (const call of calls) {
    if (call.outcome !== 'ok' || !call.result) continue;
    const view = resultView(call);
    if (view) item.append(view);
  }
  if (praxis.approval && praxis.approval.status === 'pending') {
    // Escape closes the dialog without a decision; this button brings it back.
    const review = el('button', { type: 'button', class: 'review', 'data-approval': praxis.approval.id, text: 'Review approval' });
    review.addEventListener('click', () => openApproval(praxis.approval));
    item.append(review);
    item.scrollIntoView({ block: 'end' });
    openApproval(praxis.approval);
  } else {
    item.scrollIntoView({ block: 'end' });
  }
}

function resultView(call) {
  const result = call.result;
  if (Array.isArray(result.results) && call.name === 'search_products') return productCards(result.results);
  if (result.cart_id && Array.isArray(result.lines)) {
    showCart(result);
    return null;
  }
  if (Array.isArray(result.rows) && result.rows.length && result.rows[0].balance !== undefined) {
    return amortizationChart(result);
  }
  if (result.order?.order_id) {
    return el('p', { class: 'order', text: `Order ${result.order.order_id}: ${result.order.status ?? ''}, total ${money(result.order.total)}` });
  }
  return null;
}

function productCards(products) {
  const list = el('ul', { class: 'cards', 'aria-label': 'Products found' });
  for (const p of products) {
    const price = p.price_from && p.price_to && p.price_from.amount !== p.price_to.amount
      ? `${money(p.price_from)} – ${money(p.price_to)}` : money(p.price_from);
    list.append(el('li', { class: 'card' },
      el('h3', { text: p.title }),
      el('p', { class: 'muted', text: `${p.product_id} · ${p.brand ?? ''} · ${p.category ?? ''}` }),
      el('p', { class: 'price', text: price }),
      el('p', { text: `Rating ${p.rating ?? '–'} (${p.rating_count ?? 0}) · ${p.in_stock ? 'in stock' : 'out of stock'}` })));
  }
  return list;
}

function showCart(cart) {
  const box = $('cart');
  box.replaceChildren(el('p', { class: 'muted', text: `Cart ${cart.cart_id}, version ${cart.version}` }));
  if (!cart.lines.length) {
    box.append(el('p', { text: 'Empty.' }));
    return;
  }
  const list = el('ul', { class: 'cart-lines' });
  for (const line of cart.lines) {
    list.append(el('li', {}, el('span', { text: `${line.quantity} × ${line.title}` }), el('span', { class: 'price', text: money(line.amount) })));
  }
  box.append(list, el('p', { class: 'total', text: `Subtotal ${money(cart.items_subtotal)}` }));
}

function openApproval(approval) {
  const dialog = $('approval');
  dialog.dataset.id = approval.id;
  $('approval-title').textContent = approval.title || 'Approval needed';
  $('approval-tool').textContent = `${approval.model} wants to run ${approval.tool}`;
  $('approval-details').replaceChildren(...(approval.details ?? []).map((d) => el('li', { text: d })));
  $('approval-summary').textContent = approval.summary ?? '';
  $('approval-expiry').textContent = approval.expires_at ? `Expires at ${new Date(approval.expires_at).toLocaleString()}` : '';
  state.opener = document.activeElement;
  dialog.showModal();
  $('approval-title').focus();
}

async function decide(decision) {
  const dialog = $('approval');
  const id = dialog.dataset.id;
  dialog.close();
  document.querySelector(`button.review[data-approval="${CSS.escape(id)}"]`)?.remove();
  (state.opener ?? $('message')).focus();
  addMessage('user', decision === 'approve' ? 'Approved.' : 'Denied.');
  await streamTurn(`/v1/approvals/${encodeURIComponent(id)}`, { decision });
}

async function loadAgents() {
  const response = await fetch('/v1/models', { headers: { Authorization: `Bearer ${sessionStorage.getItem(KEY)}` } });
  if (!response.ok) throw await failure(response);
  const models = (await response.json()).data;
  const list = $('agent-list');
  list.replaceChildren();
  for (const model of models) {
    const input = el('input', { type: 'radio', name: 'agent', id: `agent-${model.id}`, value: model.id });
    input.addEventListener('change', () => selectAgent(model.id));
    list.append(el('label', { for: input.id, class: 'agent' }, input, ` ${model.id}`));
  }
  if (models.length) {
    list.querySelector('input').checked = true;
    selectAgent(models[0].id);
  }
}

function selectAgent(name) {
  state.agent = name;
  $('chat-title').textContent = `Conversation with ${name}`;
}

function forgetKey() {
  sessionStorage.removeItem(KEY);
  $('app').hidden = true;
  $('key-set').hidden = true;
  $('key-form').hidden = false;
}

async function useKey() {
  $('key-form').hidden = true;
  $('key-set').hidden = false;
  $('app').hidden = false;
  try {
    await loadAgents();
    showError('');
  } catch (e) {
    showError(`Could not list the agents: ${e.message}`);
  }
}

function send() {
  const text = $('message').value.trim();
  if (!text || state.busy || !state.agent) return;
  $('message').value = '';
  addMessage('user', text);
  streamTurn('/v1/chat/completions', { model: state.agent, messages: [{ role: 'user', content: text }] });
}

$('key-form').addEventListener('submit', (event) => {
  event.preventDefault();
  sessionStorage.setItem(KEY, $('key').value.trim());
  $('key').value = '';
  useKey();
});
$('forget-key').addEventListener('click', forgetKey);
$('chat-form').addEventListener('submit', (event) => {
  event.preventDefault();
  send();
});
$('message').addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && !event.shiftKey) {
    event.preventDefault();
    send();
  }
});
$('approve').addEventListener('click', () => decide('approve'));
$('deny').addEventListener('click', () => decide('deny'));
// Escape closes a modal dialog without a decision: the approval stays pending and listed.
$('approval').addEventListener('cancel', () => (state.opener ?? $('message')).focus());

if (sessionStorage.getItem(KEY)) useKey();
