// Drives the page of `praxis serve` in headless Chromium (Debian's /usr/bin/chromium; puppeteer-core downloads none).
// Usage: node browser-test.mjs OFFLINE_URL KEY SCREENSHOT_DIR CHECKOUT_URL
//   OFFLINE_URL   a server with the offline model serving finance and shop: a loan question and its chart,
//                 a product search (cards) and a cart
//   CHECKOUT_URL  a server whose model can check out (the offline one cannot): the approval dialog, then the order
// Prints one line per check and exits 1 at the first that fails, or when the page logged an error.
import puppeteer from 'puppeteer-core';
import path from 'node:path';

const [offlineUrl, key, shots, checkoutUrl] = process.argv.slice(2);
if (!offlineUrl || !key || !shots || !checkoutUrl) {
  console.error('usage: node browser-test.mjs OFFLINE_URL KEY SCREENSHOT_DIR CHECKOUT_URL');
  process.exit(2);
}
const TIMEOUT = 60_000;
const problems = [];

function check(condition, what) {
  if (!condition) throw new Error(`FAILED: ${what}`);
  console.log(`ok - ${what}`);
}

async function open(browser, url) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 1000 });
  page.setDefaultTimeout(TIMEOUT);
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()} for ${r.url()}`); });
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
  const response = await page.goto(url, { waitUntil: 'load' });
  check(response.ok() && response.headers()['content-security-policy']?.startsWith("default-src 'self'"),
    `${url} loads with a Content-Security-Policy of default-src 'self'`);
  await page.type('#key', key);
  await page.keyboard.press('Enter');
  await page.waitForSelector('#agent-list input');
  return page;
}

async function chooseAgent(page, name) {
  await page.click(`#agent-${name}`);
  await page.waitForFunction((n) => document.querySelector('#chat-title').textContent.endsWith(n), {}, name);
}

// Sends a message with the keyboard and waits until its answer has finished streaming.
async function ask(page, text) {
  const before = await page.$$eval('#log li.message.assistant', (l) => l.length);
  await page.focus('#message');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await page.waitForFunction((n) => {
    const answers = document.querySelectorAll('#log li.message.assistant');
    return answers.length > n && !answers[answers.length - 1].hasAttribute('aria-busy');
  }, {}, before);
  return page.$eval('#log li.message.assistant:last-child .text', (e) => e.textContent);
}

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
try {
  const page = await open(browser, offlineUrl);
  const agents = await page.$$eval('#agent-list input', (l) => l.map((i) => i.value));
  check(agents.includes('finance') && agents.includes('shop'), `agents listed: ${agents.join(', ')}`);

  await chooseAgent(page, 'finance');
  // Notes the first live tool line and whether its answer was still streaming when it appeared.
  await page.evaluate(() => {
    window.firstToolLine = null;
    new MutationObserver((records, observer) => {
      const line = document.querySelector('#log ul.live-tools li');
      if (!line) return;
      window.firstToolLine = { text: line.textContent, busy: line.closest('li.message').hasAttribute('aria-busy') };
      observer.disconnect();
    }).observe(document.querySelector('#log'), { childList: true, subtree: true });
  });
  const loan = await ask(page, 'Show the amortization schedule for a 200000 loan at 6.5% over 30 years');
  check(loan.includes('amortization_schedule') && loan.includes('1264.14'), 'loan answer streamed with the payment 1264.14');
  const firstLine = await page.evaluate(() => window.firstToolLine);
  check(firstLine?.busy && firstLine.text.includes('amortization_schedule'),
    `a tool line appeared before the answer finished: "${firstLine?.text}"`);
  const live = await page.$$eval('#log li:last-child ul.live-tools li', (l) => l.map((e) => e.textContent));
  check(live.includes('amortization_schedule ✓'), `live tool lines: ${live.join(', ')}`);
  const chart = await page.$eval('#log li:last-child figure.schedule svg', (svg) => ({
    d: svg.querySelector('path.balance')?.getAttribute('d') ?? '', label: svg.querySelector('desc')?.textContent ?? '',
  }));
  check(chart.d.split('L').length > 300, `balance chart drawn as an SVG path of ${chart.d.split('L').length} points`);
  check(chart.label.includes('total interest 255085.82 USD'), `chart described for screen readers: "${chart.label}"`);
  await page.screenshot({ path: path.join(shots, 'serve-loan.png') });

  await chooseAgent(page, 'shop');
  await ask(page, 'Search for trail running shoes under $100');
  const cards = await page.$$eval('#log li:last-child .card h3', (l) => l.map((h) => h.textContent));
  check(cards.length === 10 && cards[0] === 'Strideline Summit Trail Running Shoe', `${cards.length} product cards`);
  await ask(page, 'Create a new cart');
  await ask(page, 'Add 1 of P0283-RED-40 to cart C1');
  const cart = await page.$eval('#cart', (e) => e.textContent);
  check(cart.includes('1 × Strideline Summit Trail Running Shoe') && cart.includes('Subtotal 98.99 USD'),
    'the cart panel shows the line and subtotal 98.99 USD');
  await page.close();

  const shop = await open(browser, checkoutUrl);
  await chooseAgent(shop, 'shop');
  const offer = await ask(shop, 'Buy one pair of P0283-RED-40 and ship it to Ada Shopper, 1 Main St, San Francisco, CA 94105, US');
  check(offer.includes('106.17 USD'), `checkout previewed: "${offer.trim()}"`);
  await shop.focus('#message');
  await shop.keyboard.type('Yes, place the order');
  await shop.keyboard.press('Enter');
  await shop.waitForSelector('#approval[open]');
  const dialog = await shop.$eval('#approval', (d) => ({
    text: d.innerText, focusInside: d.contains(document.activeElement),
  }));
  check(dialog.focusInside, 'focus moved into the approval dialog');
  check(dialog.text.includes('106.17') && dialog.text.includes('1 Main St'), 'the dialog shows the total 106.17 and the address');
  await shop.screenshot({ path: path.join(shots, 'serve-approval.png') });

  await shop.keyboard.press('Escape');
  const afterEscape = await shop.evaluate(() => ({ open: document.querySelector('#approval').open, focus: document.activeElement.id }));
  check(!afterEscape.open && afterEscape.focus === 'message', 'Escape closes the dialog undecided and gives focus back');
  await shop.focus('button.review');
  await shop.keyboard.press('Enter');
  await shop.waitForSelector('#approval[open]');
  await shop.keyboard.press('Tab');
  const focused = await shop.evaluate(() => document.activeElement.id);
  check(focused === 'approve', 'Tab reaches the Approve button');
  await shop.keyboard.press('Enter');
  await shop.waitForFunction(() => !document.querySelector('#approval').open
    && /Order \S+ is placed/.test(document.querySelector('#log li.message.assistant:last-child')?.textContent ?? '')
    && !document.querySelector('#log li.message.assistant:last-child').hasAttribute('aria-busy'));
  const order = await shop.$eval('#log li.message.assistant:last-child', (e) => e.textContent);
  check(/Order \S+ is placed/.test(order), `order placed: "${order.match(/Order \S+ is placed/)[0]}"`);
  const placed = await shop.$eval('#log li.message.assistant:last-child .order', (e) => e.textContent);
  check(placed.includes('PLACED') && placed.includes('106.17 USD'), `order card: "${placed}"`);
  await shop.screenshot({ path: path.join(shots, 'serve-order.png') });

  check(problems.length === 0, `no console errors${problems.length ? `: ${problems.join('; ')}` : ''}`);
} catch (e) {
  console.log(e.message);
  if (problems.length) console.log(`page problems: ${problems.join('; ')}`);
  process.exitCode = 1;
} finally {
  await browser.close();
}
