//! Native search latency at scale: `cargo run --release --example search_bench [designs]`.
//! Prints p50/p95 per typical query (search + facets + sort + one page), never asserts on time, and
//! the p50 of the part a keystroke waits for (`browse_page`: the same without the facet counts).

use std::path::Path;
use std::time::Instant;

use perak_batankrajan::domain::browse::{BrowseQuery, Browser, FacetKind, Sort};
use perak_batankrajan::domain::catalogue::synthetic::synthetic_catalogue;
use perak_batankrajan::domain::load_from_dir;

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(10_000);
    let base = load_from_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data"))
        .expect("shipped catalogue");
    let catalogue = synthetic_catalogue(&base, n);
    let t = Instant::now();
    let browser = Browser::new(&catalogue);
    println!(
        "designs: {n}; index built in {:.1} ms",
        t.elapsed().as_secs_f64() * 1e3
    );

    let mut queries: Vec<(&str, BrowseQuery)> = Vec::new();
    for q in [
        "c",
        "ci",
        "cin",
        "cincin",
        "suria",
        "liontin padma",
        "kawung oksidasi",
        "granulatoin",
        "",
    ] {
        queries.push((
            q,
            BrowseQuery {
                q: q.into(),
                page: 1,
                ..Default::default()
            },
        ));
    }
    let mut faceted = BrowseQuery {
        q: "perak".into(),
        page: 1,
        sort: Sort::PriceAsc,
        ..Default::default()
    };
    faceted.toggle(FacetKind::Form, "ring");
    faceted.toggle(FacetKind::Finish, "oxidised");
    queries.push(("'perak' + 2 facets + price sort", faceted));

    println!(
        "{:<34} {:>8} {:>10} {:>10} {:>14}",
        "query", "results", "p50 ms", "p95 ms", "page p50 ms"
    );
    for (label, q) in &queries {
        let mut times = Vec::with_capacity(60);
        let mut total = 0;
        for _ in 0..60 {
            let t = Instant::now();
            let r = browser.browse(q);
            times.push(t.elapsed().as_secs_f64() * 1e3);
            total = r.total;
        }
        times.sort_by(f64::total_cmp);
        let mut page = Vec::with_capacity(60);
        for _ in 0..60 {
            let t = Instant::now();
            std::hint::black_box(browser.browse_page(q));
            page.push(t.elapsed().as_secs_f64() * 1e3);
        }
        page.sort_by(f64::total_cmp);
        println!(
            "{:<34} {:>8} {:>10.2} {:>10.2} {:>14.2}",
            format!("{label:?}"),
            total,
            times[29],
            times[56],
            page[29]
        );
    }
}
