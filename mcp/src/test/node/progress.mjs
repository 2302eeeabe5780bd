// The official MCP TypeScript SDK client calls `ask_finance` on `praxis mcp --agent finance` over stdio with an
// onprogress handler (which sends a progressToken); driven by McpTypeScriptClientTest.
// usage: node progress.mjs <command> [args...]
// Prints one JSON object on stdout with what the client saw; exits 0 unless the client itself broke.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { CallToolResultSchema } from '@modelcontextprotocol/sdk/types.js';

const [command, ...args] = process.argv.slice(2);
const client = new Client({ name: 'praxis-ts-progress-check', version: '1.0.0' });
const out = { progress: [], wire: [] };
try {
  const transport = new StdioClientTransport({ command, args, env: process.env, stderr: 'inherit' });
  await client.connect(transport);
  // The SDK (1.32) runs notification handlers a microtask later but handles a response at once, so a progress
  // notification read in the same chunk as the response never reaches onprogress. What the server sent is
  // recorded here, as it arrives, in order.
  const deliver = transport.onmessage;
  transport.onmessage = (message, extra) => {
    if (message.method === 'notifications/progress') {
      out.wire.push({ progress: message.params.progress, message: message.params.message });
    }
    deliver(message, extra);
  };
  const result = await client.callTool(
    { name: 'ask_finance', arguments: { message: 'What is the monthly payment on a 300000 loan at 6.5% over 30 years?' } },
    CallToolResultSchema,
    { onprogress: (p) => out.progress.push({ progress: p.progress, message: p.message }) },
  );
  out.isError = result.isError ?? false;
  out.answer = JSON.parse(result.content[0].text).answer;
  await client.close();
} catch (error) {
  out.error = String(error && error.message ? error.message : error);
}
process.stdout.write(JSON.stringify(out) + '\n');
process.exit(0);
