//! Rules of the code's shape that a compiler does not check, read from the source files.
//!
//! - `src/domain` is plain Rust: no Leptos, no browser APIs.
//! - Its subject modules (catalogue, pricing, render, browse, studio, inquiry, kiosk, insights, shared)
//!   import each other without a cycle, so that each can be read, tested and moved on its own.
//! - App URLs are written in one place, `src/routes.rs`: pages and components call its builders.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// The module path of a file below `src/domain`, as the segments after `domain`
/// (`catalogue/browse.rs` -> `["catalogue", "browse"]`, `catalogue/mod.rs` -> `["catalogue"]`).
fn module_of(file: &Path) -> Vec<String> {
    let rel = file.strip_prefix(src().join("domain")).unwrap();
    let mut parts: Vec<String> = rel
        .iter()
        .map(|p| p.to_string_lossy().trim_end_matches(".rs").to_string())
        .collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    parts
}

/// Code without comments, so that a path named in a doc comment does not count as an import.
fn code_of(text: &str) -> String {
    text.lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The domain subject modules a file refers to, through `crate::domain::x` or `super::…::x` paths.
fn references(file: &Path, code: &str) -> BTreeSet<String> {
    let here = module_of(file);
    let mut found = BTreeSet::new();
    let bytes = code.as_bytes();
    let is_ident = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    let mut i = 0;
    while i < code.len() {
        let rest = &code[i..];
        let starts_word = i == 0 || !is_ident(bytes[i - 1]);
        if starts_word && rest.starts_with("crate::domain::") {
            collect_first(&rest["crate::domain::".len()..], &mut found);
            i += "crate::domain::".len();
        } else if starts_word && rest.starts_with("super::") {
            let mut depth = 0;
            let mut tail = rest;
            while let Some(t) = tail.strip_prefix("super::") {
                depth += 1;
                tail = t;
            }
            // `here` is the file's own module path, for a mod.rs as for any other file.
            let base_len = here.len() as i32 - depth;
            if base_len >= 0 {
                let base: Vec<&String> = here.iter().take(base_len as usize).collect();
                if let Some(top) = base.first() {
                    found.insert(top.to_string());
                } else {
                    collect_first(tail, &mut found);
                }
            }
            i += rest.len() - tail.len();
        } else {
            i += rest.chars().next().map_or(1, char::len_utf8);
        }
    }
    found
}

/// The first path segment of `tail`, or each first segment of a `{a::x, b}` group.
fn collect_first(tail: &str, found: &mut BTreeSet<String>) {
    let ident = |s: &str| -> String {
        s.trim_start()
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect()
    };
    if let Some(group) = tail.strip_prefix('{') {
        let mut depth = 0;
        let mut part = String::new();
        for c in group.chars() {
            match c {
                '{' => depth += 1,
                '}' if depth == 0 => break,
                '}' => depth -= 1,
                ',' if depth == 0 => {
                    found.insert(ident(&part));
                    part.clear();
                    continue;
                }
                _ => {}
            }
            part.push(c);
        }
        found.insert(ident(&part));
    } else {
        found.insert(ident(tail));
    }
    found.remove("");
}

fn domain_graph() -> BTreeMap<String, BTreeSet<String>> {
    let mut files = Vec::new();
    rust_files(&src().join("domain"), &mut files);
    let subjects: BTreeSet<String> = files
        .iter()
        .filter_map(|f| module_of(f).first().cloned())
        .collect();
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in &files {
        let Some(from) = module_of(file).first().cloned() else {
            continue; // domain/mod.rs only re-exports
        };
        let code = code_of(&fs::read_to_string(file).unwrap());
        let deps = graph.entry(from.clone()).or_default();
        for to in references(file, &code) {
            // `domain/mod.rs` re-exports the catalogue's model and item types (`crate::domain::
            // Catalogue`), so a name there that is no module is the catalogue's.
            let to = if subjects.contains(&to) {
                to
            } else {
                "catalogue".to_string()
            };
            if to != from {
                deps.insert(to);
            }
        }
    }
    graph
}

fn find_cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|p| p == node) {
            let mut cycle = path[at..].to_vec();
            cycle.push(node.to_string());
            return Some(cycle);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_string());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(c) = visit(next, graph, path, done) {
                return Some(c);
            }
        }
        path.pop();
        done.insert(node.to_string());
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|n| visit(n, graph, &mut Vec::new(), &mut done))
}

#[test]
fn domain_modules_import_each_other_without_a_cycle() {
    let graph = domain_graph();
    for (from, to) in &graph {
        println!(
            "{from} -> {}",
            to.iter().cloned().collect::<Vec<_>>().join(", ")
        );
    }
    assert!(
        graph.len() >= 6,
        "expected the domain's subject modules, found {graph:?}"
    );
    if let Some(cycle) = find_cycle(&graph) {
        panic!(
            "domain modules import each other in a circle: {}",
            cycle.join(" -> ")
        );
    }
}

/// The order `src/domain/mod.rs` declares: each module may import only those before it.
const LAYERS: [&str; 9] = [
    "shared",
    "catalogue",
    "pricing",
    "render",
    "browse",
    "studio",
    "inquiry",
    "kiosk",
    "insights",
];

#[test]
fn domain_modules_import_only_those_declared_before_them() {
    let graph = domain_graph();
    let rank = |m: &str| {
        LAYERS.iter().position(|l| *l == m).unwrap_or_else(|| {
            panic!("{m} is not in the declared order; add it to LAYERS and domain/mod.rs")
        })
    };
    let mut wrong = Vec::new();
    for (from, deps) in &graph {
        for to in deps {
            if rank(to) >= rank(from) {
                wrong.push(format!("{from} -> {to}"));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "imports against the declared order: {wrong:?}"
    );
}

#[test]
fn the_cycle_check_finds_a_cycle() {
    let mut graph = BTreeMap::new();
    graph.insert("a".to_string(), BTreeSet::from(["b".to_string()]));
    graph.insert("b".to_string(), BTreeSet::from(["c".to_string()]));
    graph.insert("c".to_string(), BTreeSet::from(["a".to_string()]));
    assert_eq!(find_cycle(&graph).unwrap(), ["a", "b", "c", "a"]);
    graph.get_mut("c").unwrap().clear();
    assert_eq!(find_cycle(&graph), None);
}

#[test]
fn references_resolve_super_and_crate_paths() {
    let file = src().join("domain/studio/compare.rs");
    let code = "use super::super::pricing::price::quote;\nuse crate::domain::{catalogue::model::Form, render};\nuse super::boards::X;";
    let found = references(&file, code);
    assert_eq!(
        found,
        BTreeSet::from(["catalogue", "pricing", "render", "studio"].map(String::from))
    );
}

#[test]
fn the_domain_uses_no_framework_and_no_browser() {
    let mut files = Vec::new();
    rust_files(&src().join("domain"), &mut files);
    for file in files {
        let code = code_of(&fs::read_to_string(&file).unwrap());
        for banned in [
            "leptos",
            "web_sys",
            "js_sys",
            "wasm_bindgen",
            "crate::platform",
            "crate::state",
        ] {
            assert!(
                !code.contains(banned),
                "{} uses {banned}: the domain is plain Rust",
                file.display()
            );
        }
    }
}

/// String literals that are app addresses: `"/"` alone, or `"/route…"` for a route of the table.
fn route_literals(code: &str) -> Vec<String> {
    const ROUTES: [&str; 13] = [
        "catalogue",
        "designs",
        "motifs",
        "workshops",
        "shortlist",
        "inquiry",
        "outbox",
        "offline",
        "staff",
        "attract",
        "compare",
        "pairs",
        "boards",
    ];
    let mut found = Vec::new();
    for (i, _) in code.match_indices("\"/") {
        let rest = &code[i + 2..];
        let word: String = rest
            .chars()
            .take_while(|c| c.is_ascii_lowercase())
            .collect();
        let home = rest.starts_with('"') || rest.starts_with("\\\"");
        if home || ROUTES.contains(&word.as_str()) {
            found.push(code[i..].chars().take(30).collect());
        }
    }
    found
}

#[test]
fn app_addresses_are_written_only_in_the_routes_module() {
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    let mut offenders = Vec::new();
    for file in files {
        if file == src().join("routes.rs") {
            continue;
        }
        let code = code_of(&fs::read_to_string(&file).unwrap());
        for literal in route_literals(&code) {
            offenders.push(format!("{}: {literal}", file.display()));
        }
    }
    assert!(
        offenders.is_empty(),
        "build these links with crate::routes instead:\n{}",
        offenders.join("\n")
    );
}

#[test]
fn the_route_check_sees_hand_written_links() {
    assert_eq!(route_literals(r#"format!("/designs/{id}")"#).len(), 1);
    assert_eq!(route_literals(r#"<A href="/">"#).len(), 1);
    assert_eq!(route_literals(r#""<a href=\"/\">""#).len(), 1);
    assert!(route_literals(r#""/data/designs.json", "/icons/mark.svg""#).is_empty());
}
