// The official MCP TypeScript SDK client reads `praxis mcp --pack ecommerce`'s resources over stdio; driven by
// McpTypeScriptClientTest.
// usage: node resources.mjs <product id> <command> [args...]
// Prints one JSON object on stdout with what the client saw; exits 0 unless the client itself broke.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';

const [productId, command, ...args] = process.argv.slice(2);
const client = new Client({ name: 'praxis-ts-resources-check', version: '1.0.0' });
const out = {};
try {
  await client.connect(new StdioClientTransport({ command, args, env: process.env, stderr: 'inherit' }));
  out.connected = true;
  out.capabilities = client.getServerCapabilities();
  out.resources = (await client.listResources()).resources;
  out.templates = (await client.listResourceTemplates()).resourceTemplates;
  const listing = (await client.readResource({ uri: 'praxis://catalog/products' })).contents[0];
  out.listing = { mimeType: listing.mimeType, items: JSON.parse(listing.text) };
  const product = (await client.readResource({ uri: `praxis://catalog/products/${productId}` })).contents[0];
  out.product = { uri: product.uri, mimeType: product.mimeType, json: JSON.parse(product.text) };
  const policy = (await client.readResource({ uri: 'praxis://policies/returns' })).contents[0];
  out.policy = { mimeType: policy.mimeType, text: policy.text };
  try {
    await client.readResource({ uri: 'praxis://catalog/products/NO-SUCH-ID' });
    out.unknown = { error: null };
  } catch (error) {
    out.unknown = { error: String(error.message), code: error.code };
  }
  await client.close();
} catch (error) {
  out.connected = out.connected ?? false;
  out.error = String(error && error.message ? error.message : error);
}
process.stdout.write(JSON.stringify(out) + '\n');
process.exit(0);
