// The official MCP TypeScript SDK client against `praxis mcp`, driven by McpTypeScriptClientTest.
// usage: node client.mjs stdio <command> [args...]
//        node client.mjs http <url> [token]        (no token: expects the server to refuse)
// Prints one JSON object on stdout with what the client saw; exits 0 unless the client itself broke.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';

const [mode, target, ...rest] = process.argv.slice(2);

function transportFor() {
  if (mode === 'stdio') {
    // The SDK passes only a few safe variables by default; the server needs PRAXIS_* and JAVA_* too.
    return new StdioClientTransport({ command: target, args: rest, env: process.env, stderr: 'inherit' });
  }
  const headers = rest[0] ? { Authorization: `Bearer ${rest[0]}` } : {};
  return new StreamableHTTPClientTransport(new URL(target), { requestInit: { headers } });
}

const client = new Client({ name: 'praxis-ts-check', version: '1.0.0' });
const out = { transport: mode };
try {
  await client.connect(transportFor());
  out.connected = true;
  const { tools } = await client.listTools();
  out.tools = tools.map((t) => ({ name: t.name, annotations: t.annotations, required: t.inputSchema.required }));
  const ok = await client.callTool({
    name: 'loan_payment',
    arguments: { principal: 200000, annual_rate: 6.5, term_months: 360 },
  });
  out.loan = { isError: ok.isError ?? false, text: ok.content[0].text, structured: ok.structuredContent };
  const bad = await client.callTool({
    name: 'loan_payment',
    arguments: { principal: 200000, annual_rat: 6.5, term_months: 360 },
  });
  out.invalid = { isError: bad.isError ?? false, text: bad.content[0].text };
  await client.close();
} catch (error) {
  out.connected = out.connected ?? false;
  out.error = String(error && error.message ? error.message : error);
  out.code = error && error.code !== undefined ? error.code : null;
}
process.stdout.write(JSON.stringify(out) + '\n');
process.exit(0);
