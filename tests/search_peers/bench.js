// The app's search engine (its wasm build, crates/search-bench) against the engines a web shop would pick
// instead: FlexSearch, MiniSearch and Fuse.js (npm, installed by scripts/setup.sh). Every engine gets the
// same designs as the same words (`Bench.documents()`: the words the app's own index holds) and the same
// queries. tests/e2e_bench.rs serves this page, calls `runBench` and prints the table; nothing here is
// asserted.
import init, { Bench } from "./pkg/search.js";
import FlexSearch from "./lib/flexsearch.bundle.module.min.js";
import MiniSearch from "./lib/minisearch.js";
import Fuse from "./lib/fuse.min.mjs";

const FIELDS = ["name", "form", "motif", "technique", "finish", "workshop", "tags"];
const LIMIT = 100000;

const text = (path) => fetch(path).then((r) => {
  if (!r.ok) throw new Error(`${path}: ${r.status}`);
  return r.text();
});

// A collection before each memory reading (Chromium started with --js-flags=--expose-gc).
const settle = () => { if (window.gc) { window.gc(); window.gc(); } };
const heap = () => (performance.memory ? performance.memory.usedJSHeapSize : NaN);

// Each engine's build returns `search(query) -> [document ids, best first]`; memory is the bytes its index
// holds: the JS heap's growth after a collection, or for the wasm engine its allocator's count.
async function perak(files) {
  const wasm = await init({ module_or_path: new URL("./pkg/search_bg.wasm", import.meta.url) });
  const bench = new Bench(...files);
  return {
    bench,
    build() {
      // The bytes the index holds, counted by the crate's allocator (wasm memory only grows, in pages,
      // so its size says little about one structure).
      const before = bench.live_bytes();
      bench.build();
      this.bytes = bench.live_bytes() - before;
      return (q) => Array.from(bench.search(q));
    },
  };
}

const peers = {
  // One text per design, every word indexed by its prefixes ("forward"): FlexSearch's usual setup for
  // search as you type. It has no edit-distance matching; `suggest` lets a query with an unknown word still
  // return what its other words find.
  FlexSearch: (docs) => {
    const index = new FlexSearch.Index({ tokenize: "forward" });
    for (const d of docs) index.add(d.id, FIELDS.map((f) => d[f]).join(" "));
    return (q) => index.search(q, { limit: LIMIT, suggest: true });
  },
  // Fields as they are, prefix and fuzzy matching with the app's rule for typos (none up to three
  // letters, one up to seven, two beyond), every query word required.
  MiniSearch: (docs) => {
    const index = new MiniSearch({ fields: FIELDS, idField: "id" });
    index.addAll(docs);
    const fuzzy = (term) => (term.length <= 3 ? 0 : term.length <= 7 ? 1 : 2);
    return (q) => index.search(q, { prefix: true, fuzzy, combineWith: "AND" }).map((r) => r.id);
  },
    // Fuse's defaults, as a shop would take them (its threshold is what decides how fuzzy it is, and
  // the documented default is the fair setting), with extended search so that each word of a query is
  // matched (space is AND), anywhere in a field.
  "Fuse.js": (docs) => {
    const index = new Fuse(docs, { keys: FIELDS, ignoreLocation: true, useExtendedSearch: true });
    return (q) => index.search(q).map((r) => r.item.id);
  },
};

const at = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))];
};

// `queries`: [{ q, kind }]; `relevant`: for each query the labelled answer (document ids); `rounds`: how
// often each query runs (round by round, so that a burst of the machine's noise spreads over all).
window.runBench = async (queries, relevant, rounds) => {
  const files = await Promise.all(
    ["settings", "workshops", "motifs", "trends", "designs"].map((f) => text(`/data/${f}.json`)),
  );
  const app = await perak(files);
  const docs = JSON.parse(app.bench.documents());
  const out = {};
  const run = async (name, make) => {
    settle();
    const before = heap();
    const t0 = performance.now();
    const search = make();
    const buildMs = performance.now() - t0;
    settle();
    const bytes = app.bytes !== undefined && name.startsWith("Perak") ? app.bytes : heap() - before;
    const times = [];
    const recall = [];
    const precision = [];
    const found = [];
    for (let r = 0; r < rounds; r++) {
      for (let i = 0; i < queries.length; i++) {
        // The browser's clock is coarsened to 0.1 ms (and jittered) on a page that is not
        // cross-origin isolated: a query is repeated until 5 ms have passed and the time divided.
        let ids;
        let reps = 0;
        let elapsed = 0;
        const t = performance.now();
        do {
          ids = search(queries[i].q);
          reps++;
          elapsed = performance.now() - t;
        } while (elapsed < 5 && reps < 10000);
        times.push(elapsed / reps);
        if (r === 0) {
          const got = new Set(ids);
          const want = relevant[i];
          const hits = want.filter((id) => got.has(id)).length;
          recall.push(want.length ? hits / want.length : 1);
                    // An empty answer has no precision to speak of (its recall says it found nothing).
          if (ids.length) precision.push(hits / ids.length);
          found.push(ids.length);
        }
      }
      // Lets the page breathe between rounds, as between keystrokes.
      await new Promise((r) => setTimeout(r, 0));
    }
    out[name] = {
      build_ms: buildMs,
      p50_ms: at(times, 0.5),
      p95_ms: at(times, 0.95),
      memory_bytes: bytes,
      recall,
      precision,
      found,
    };
  };
  await run("Perak (Rust, wasm)", () => app.build());
  delete app.bytes;
  for (const [name, make] of Object.entries(peers)) await run(name, () => make(docs));
  return { engines: out, docs: docs.length, precise_memory: !!window.gc };
};
document.getElementById("status").textContent = "ready";
