//! Writes a synthetic designs.json of N designs (benchmarks only):
//! `cargo run --example synthetic_data -- 10000 out/designs.json`.

use std::path::Path;

use perak_batankrajan::domain::catalogue::synthetic::synthetic_catalogue;
use perak_batankrajan::domain::load_from_dir;

fn main() {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(10_000);
    let out = args.next().unwrap_or_else(|| "designs.json".into());
    let base = load_from_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data"))
        .expect("shipped catalogue");
    let big = synthetic_catalogue(&base, n);
    let doc = serde_json::json!({ "version": 1, "designs": big.designs });
    std::fs::write(&out, doc.to_string()).expect("write");
    println!("wrote {n} designs to {out}");
}
