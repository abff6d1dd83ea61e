//! Writes a synthetic designs.json of N designs (benchmarks only):
//! `cargo run --example synthetic_data -- 10000 out/designs.json`.

use std::path::Path;

use perak_batankrajan::domain::synthetic::synthetic_catalogue;
use perak_batankrajan::domain::{Fetched, load_catalogue};

fn main() {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(10_000);
    let out = args.next().unwrap_or_else(|| "designs.json".into());
    let base = load_catalogue(|f| {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("public/data")
            .join(f.file_name());
        Fetched::Text(std::fs::read_to_string(path).expect("data file"))
    })
    .expect("shipped catalogue");
    let big = synthetic_catalogue(&base, n);
    let doc = serde_json::json!({ "version": 1, "designs": big.designs });
    std::fs::write(&out, doc.to_string()).expect("write");
    println!("wrote {n} designs to {out}");
}
