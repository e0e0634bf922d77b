"""The fixed text of an exported WebGPU page: the ES module runtime, the page's script and its HTML.

Only model.js (the memory table, the launch lists, the grids as functions of the Vars) is generated per model
(minic/export/webgpu_target.py). runtime.js does in the browser what minic's WebGPU replay does in Python
(minic/runtime/webgpu_replay.py): everything a dispatch needs is made at load, a call writes its ids and Var
values, records every dispatch into one encoder and submits once."""

RUNTIME_JS = """\
// minic export runtime: runs a model's recorded launch lists on WebGPU (no framework, no network).
import * as M from "./model.js";

const MAX_GRID_X = 65535;
const COMPUTE = 4; // GPUShaderStage.COMPUTE (the constant, so this module imports where WebGPU is absent)

export class ExportError extends Error {}

// Loads the model; onProgress(fraction, what) reports the weights download.
export async function loadModel(base, onProgress = () => {}) {
  if (!("gpu" in navigator) || !navigator.gpu) {
    throw new ExportError("no WebGPU: this browser does not expose navigator.gpu (use a browser with WebGPU " +
                          "enabled, e.g. Chromium with --enable-unsafe-webgpu, on https or localhost)");
  }
  const adapter = await navigator.gpu.requestAdapter();
  if (!adapter) throw new ExportError("no WebGPU: navigator.gpu.requestAdapter() found no adapter");
  // every other limit the kernels need is within WebGPU's defaults; buffers may be larger (GPT-2's wte)
  const largest = Math.max(16, ...M.memory.map((m) => m.nbytes));
  const requiredLimits = {};
  for (const [name, byDefault] of [["maxStorageBufferBindingSize", 2 ** 27], ["maxBufferSize", 2 ** 28]]) {
    if (largest > adapter.limits[name]) {
      throw new ExportError(`this model has a ${largest}-byte buffer; the adapter's ${name} is ` +
                            `${adapter.limits[name]}`);
    }
    if (largest > byDefault) requiredLimits[name] = largest;
  }
  for (const f of M.config.features) {
    if (!adapter.features.has(f)) throw new ExportError(`this model needs the WebGPU feature ${f}`);
  }
  const device = await adapter.requestDevice({requiredLimits, requiredFeatures: M.config.features});
  const model = new Model(device);
  await Promise.all([model.compile(base), model.upload(base, onProgress)]);
  model.bind();
  return model;
}

async function fetchOk(url) {
  const r = await fetch(url);
  if (!r.ok) throw new ExportError(`cannot load ${url}: HTTP ${r.status}`);
  return r;
}

export class Model {
  constructor(device) {
    this.device = device;
    this.config = M.config;
    this.error = null;
    device.addEventListener("uncapturederror", (e) => { this.error = e.error.message; });
  }

  // Every kernel's pipeline, compiled concurrently (a browser compiles them on several threads).
  async compile(base) {
    const compileOne = async ([name, k]) => {
      const code = await (await fetchOk(new URL(k.file, base))).text();
      const module = this.device.createShaderModule({code, label: name});
      const errors = (await module.getCompilationInfo()).messages.filter((m) => m.type === "error");
      if (errors.length) {
        throw new ExportError(`kernel ${name} does not compile here: ` +
                              errors.map((m) => `${m.lineNum}:${m.linePos}: ${m.message}`).join("; "));
      }
      const entries = k.writable.map((w, i) => ({binding: i, visibility: COMPUTE,
                                                 buffer: {type: w ? "storage" : "read-only-storage"}}));
      if (k.uniformBytes) entries.push({binding: k.writable.length, visibility: COMPUTE, buffer: {type: "uniform"}});
      const layout = this.device.createBindGroupLayout({entries});
      const pipeline = await this.device.createComputePipelineAsync({
        layout: this.device.createPipelineLayout({bindGroupLayouts: [layout]}), compute: {module, entryPoint: name}});
      return [name, {...k, layout, pipeline}];
    };
    this.kernels = Object.fromEntries(await Promise.all(Object.entries(M.kernels).map(compileOne)));
  }

  async upload(base, onProgress) {
    const r = await fetchOk(new URL(M.config.weightsFile, base));
    const bytes = new Uint8Array(M.config.weightsBytes);
    const reader = r.body.getReader();
    let got = 0;
    for (;;) {
      const {done, value} = await reader.read();
      if (done) break;
      if (got + value.length > bytes.length) throw new ExportError(`${M.config.weightsFile} is larger than expected`);
      bytes.set(value, got);
      got += value.length;
      onProgress(got / bytes.length, M.config.weightsFile);
    }
    // the header as the C loader checks it: magic "MINICW1\\0", the file's size and the weight count (uint64 LE)
    const head = new DataView(bytes.buffer, 0, Math.min(got, 24));
    const magic = new TextDecoder().decode(bytes.subarray(0, 8));
    const size = got >= 24 ? head.getBigUint64(8, true) : -1n;
    const count = got >= 24 ? head.getBigUint64(16, true) : -1n;
    if (magic !== "MINICW1\\0" || size !== BigInt(M.config.weightsBytes) || count !== BigInt(M.config.weightsCount) ||
        got !== bytes.length) {
      throw new ExportError(`${M.config.weightsFile} is not this model's weights file: expected ` +
                            `${M.config.weightsBytes} bytes holding ${M.config.weightsCount} weights with magic ` +
                            `MINICW1, found ${got} bytes (re-run minic export)`);
    }
    const usage = GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_DST | GPUBufferUsage.COPY_SRC;
    this.buffers = M.memory.map((m) => {
      const size = Math.max(16, Math.ceil(m.nbytes / 4) * 4);
      const buf = this.device.createBuffer({size, usage, label: m.name});
      if (m.kind === "weight") this.device.queue.writeBuffer(buf, 0, bytes, m.offset, Math.ceil(m.nbytes / 4) * 4);
      return buf;
    });
  }

  // Per entry: each launch's bind group (its buffers and its region of the entry's uniform buffer), and a
  // buffer to read the result back.
  bind() {
    const align = this.device.limits.minUniformBufferOffsetAlignment;
    this.entries = {};
    for (const [name, e] of Object.entries(M.entries)) {
      let at = 0;
      const regions = e.launches.map((l) => {
        const k = this.kernels[l.kernel];
        if (!k.uniformBytes) return -1;
        const offset = at;
        at += Math.ceil(k.uniformBytes / align) * align;
        return offset;
      });
      const uniform = this.device.createBuffer({size: Math.max(16, at),
                                                usage: GPUBufferUsage.UNIFORM | GPUBufferUsage.COPY_DST});
      const launches = e.launches.map((l, i) => {
        const k = this.kernels[l.kernel];
        const entries = l.memory.map((m, j) => ({binding: j, resource: {buffer: this.buffers[m]}}));
        if (k.uniformBytes) {
          const region = {buffer: uniform, offset: regions[i], size: k.uniformBytes};
          entries.push({binding: l.memory.length, resource: region});
        }
        return {pipeline: k.pipeline, group: this.device.createBindGroup({layout: k.layout, entries}),
                vars: l.vars, groups: l.groups, region: regions[i] / 4};
      });
      const readback = this.device.createBuffer({size: Math.max(16, e.outputBytes),
                                                 usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST});
      this.entries[name] = {...e, launches, uniform, words: new Int32Array(Math.max(4, at / 4)), readback};
    }
  }

  // Runs an entry: its input ids, its Vars by name; resolves to the output's bytes. One call at a time (await
  // each): an entry's uniform and read-back buffers are shared by its calls.
  async run(name, ids, vars) {
    const e = this.entries[name];
    const q = this.device.queue;
    q.writeBuffer(this.buffers[e.input], 0, ids);
    for (const l of e.launches) l.vars.forEach((v, j) => { e.words[l.region + j] = vars[v]; });
    q.writeBuffer(e.uniform, 0, e.words);
    const enc = this.device.createCommandEncoder();
    const pass = enc.beginComputePass();
    for (const l of e.launches) {
      const groups = typeof l.groups === "number" ? l.groups : l.groups(vars);
      if (!groups) continue;
      pass.setPipeline(l.pipeline);
      pass.setBindGroup(0, l.group);
      pass.dispatchWorkgroups(Math.min(groups, MAX_GRID_X), Math.ceil(groups / MAX_GRID_X), 1);
    }
    pass.end();
    enc.copyBufferToBuffer(this.buffers[e.output], 0, e.readback, 0, Math.ceil(e.outputBytes / 4) * 4);
    q.submit([enc.finish()]);
    await e.readback.mapAsync(GPUMapMode.READ);
    const out = e.readback.getMappedRange(0, e.outputBytes).slice(0);
    e.readback.unmap();
    if (this.error) throw new ExportError(`WebGPU: ${this.error}`);
    return out;
  }

  checkIds(ids) {
    ids.forEach((t, i) => {
      if (!Number.isInteger(t) || t < 0 || t >= M.config.vocab) {
        throw new ExportError(`token id ${t} at position ${i} is out of range for the vocabulary of ` +
                              `${M.config.vocab} tokens`);
      }
    });
  }

  // ids at positions start.. into the KV cache; the last token's logits (Float32Array of vocab).
  async prefill(ids, start = 0) {
    if (ids.length < 1 || start < 0 || start + ids.length > M.config.maxCtx) {
      throw new ExportError(`a prefill of ${ids.length} tokens at position ${start} does not fit the context ` +
                            `of ${M.config.maxCtx} tokens`);
    }
    this.checkIds(ids);
    return new Float32Array(await this.run("prefill", Int32Array.from(ids), M.prefillVars(ids.length, start)));
  }

  // one id at position pos; the greedy next id (argmax on the GPU).
  async decode(id, pos) {
    if (pos < 0 || pos >= M.config.maxCtx) {
      throw new ExportError(`decode position ${pos} is outside the context of ${M.config.maxCtx} tokens`);
    }
    this.checkIds([id]);
    return new Int32Array(await this.run("decode", Int32Array.of(id), M.decodeVars(pos)))[0];
  }
}

export function argmax(logits) {
  let best = 0;
  for (let i = 1; i < logits.length; i++) if (logits[i] > logits[best]) best = i;
  return best;
}

// A prompt the model can take: ids in the vocabulary, no longer than the context.
export function checkPrompt(prompt) {
  if (prompt.length > M.config.maxCtx) {
    throw new ExportError(`the prompt has ${prompt.length} tokens; the context holds ${M.config.maxCtx}`);
  }
  Model.prototype.checkIds(prompt);
}

// Greedy generation as minic's Python path does it: stops at max_new tokens, at the end-of-text id, or when
// the context is full. onToken(id) streams each id.
export async function generate(model, prompt, maxNew, onToken = () => {}) {
  const out = [];
  checkPrompt(prompt);
  if (maxNew <= 0) return {ids: out, stop: "max tokens"};
  let tok = argmax(await model.prefill(prompt, 0));
  let pos = prompt.length;
  for (;;) {
    out.push(tok);
    onToken(tok);
    if (tok === M.config.eos) return {ids: out, stop: "end of text"};
    if (out.length >= maxNew) return {ids: out, stop: "max tokens"};
    if (pos >= M.config.maxCtx) return {ids: out, stop: "context full"};
    tok = await model.decode(tok, pos++);
  }
}
"""

MAIN_JS = """\
// The page: ?prompt_ids=1,2,3&max_new_tokens=16 generates greedily; ids into #minic-ids, errors into #minic-error.
// With a bundled tokenizer, ?prompt=text works too and the generated text streams into #minic-text.
import {config} from "./model.js";
import {ExportError, checkPrompt, generate, loadModel} from "./runtime.js";

const $ = (id) => document.getElementById(id);
const params = new URLSearchParams(location.search);

function parseIds(text) {
  const parts = text.split(",").map((s) => s.trim()).filter((s) => s.length);
  if (!parts.length || parts.some((s) => !/^-?[0-9]+$/.test(s))) {
    throw new ExportError(`prompt_ids takes comma-separated integers, e.g. 1,2,3; got ${JSON.stringify(text)}`);
  }
  return parts.map(Number);
}

async function main() {
  const tok = config.tokenizer ? await import(`./${config.tokenizer}`) : null;
  $("text-row").hidden = !tok;
  $("minic-tokenizer").textContent = tok ? "tokenizer: gpt-tokenizer (npm), bundled" : config.tokenizerNote;
  const idsText = params.get("prompt_ids");
  const text = params.get("prompt");
  if (idsText === null && (text === null || !tok)) {
    $("minic-status").textContent = "enter a prompt and press generate";
    return;
  }
  const maxNew = Number(params.get("max_new_tokens") ?? 16);
  if (!Number.isInteger(maxNew)) throw new ExportError("max_new_tokens takes an integer");
  $("max").value = maxNew;
  const prompt = idsText !== null ? parseIds(idsText) : tok.encode(text);
  $("prompt").value = prompt.join(",");
  if (text !== null) $("text").value = text;
  checkPrompt(prompt); // before loading the weights
  const t0 = performance.now();
  const model = await loadModel(new URL(".", location.href), (f) => {
    $("minic-progress").value = f;
    $("minic-status").textContent = `loading weights: ${(100 * f).toFixed(0)}%`;
  });
  $("minic-status").textContent = `loaded in ${((performance.now() - t0) / 1000).toFixed(2)} s; generating`;
  const shown = [];
  const t1 = performance.now();
  let first = 0;
  let prefill = "";
  const {ids, stop} = await generate(model, prompt, maxNew, (id) => {
    const now = performance.now();
    if (!shown.length) {
      first = now;
      prefill = `first token ${(now / 1000).toFixed(2)} s after the page opened; prefill ${prompt.length} ` +
                `tokens: ${(prompt.length / ((now - t1) / 1000)).toFixed(1)} tok/s`;
    }
    shown.push(id);
    $("minic-stream").textContent = shown.join(",");
    if (tok) $("minic-text").textContent = tok.decode([...prompt, ...shown]);
    const decode = shown.length > 1 ? `; decode ${((shown.length - 1) / ((now - first) / 1000)).toFixed(1)} tok/s` : "";
    $("minic-stats").textContent = prefill + decode;
  });
  $("minic-status").textContent = `done: ${ids.length} tokens (${stop})`;
  $("minic-ids").textContent = ids.join(",");
}

$("go").addEventListener("click", () => {
  const q = new URLSearchParams({max_new_tokens: $("max").value});
  if (!$("text-row").hidden && $("text").value) q.set("prompt", $("text").value);
  else q.set("prompt_ids", $("prompt").value);
  location.search = q.toString();
});
main().catch((e) => {
  $("minic-status").textContent = "failed";
  $("minic-error").textContent = e instanceof ExportError ? e.message : `${e.name}: ${e.message}`;
});
"""

INDEX_HTML = """\
<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title}</title>
<style>
  body { font: 15px/1.5 system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
  code, #minic-stream, #minic-ids { font-family: ui-monospace, monospace; }
  #minic-text { white-space: pre-wrap; font-size: 1.1em; margin-bottom: .5rem; }
  #minic-stream { white-space: pre-wrap; word-break: break-all; background: #f4f4f4; padding: .5rem; min-height: 3rem; }
  #minic-error { color: #b00020; white-space: pre-wrap; }
  progress { width: 100%; }
</style>
</head>
<body>
<h1>{title}</h1>
<p>{about}</p>
<p id="text-row" hidden><label>prompt <input id="text" size="50" value="Hello, my name is"></label></p>
<p><label>prompt ids <input id="prompt" size="30" value="1,2,3"></label>
   <label>new tokens <input id="max" type="number" value="16" min="1" style="width:5em"></label>
   <button id="go">generate</button></p>
<progress id="minic-progress" max="1" value="0"></progress>
<p id="minic-status">starting</p>
<div id="minic-text"></div>
<div id="minic-stream"></div>
<p id="minic-stats"></p>
<p>ids: <span id="minic-ids"></span></p>
<p id="minic-error"></p>
<p id="minic-tokenizer" style="color:#666"></p>
<script type="module" src="main.js"></script>
</body>
</html>
"""
