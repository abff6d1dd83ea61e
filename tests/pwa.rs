//! The web app manifest and service worker against browsers' install criteria, natively.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

fn public(path: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("public")
        .join(path.trim_start_matches('/'))
}

fn png_size(path: &Path) -> (u32, u32) {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert_eq!(
        &bytes[..8],
        b"\x89PNG\r\n\x1a\n",
        "{} is not a PNG",
        path.display()
    );
    let be = |i: usize| u32::from_be_bytes([bytes[i], bytes[i + 1], bytes[i + 2], bytes[i + 3]]);
    (be(16), be(20))
}

#[test]
fn the_manifest_meets_the_install_criteria() {
    let text = std::fs::read_to_string(public("manifest.webmanifest")).unwrap();
    let m: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert!(m["name"].as_str().is_some_and(|s| !s.is_empty()));
    assert!(
        m["short_name"]
            .as_str()
            .is_some_and(|s| !s.is_empty() && s.len() <= 20)
    );
    assert_eq!(m["start_url"], "/");
    assert!(
        ["standalone", "fullscreen", "minimal-ui"].contains(&m["display"].as_str().unwrap_or(""))
    );
    let icons = m["icons"].as_array().unwrap();
    for wanted in [192, 512] {
        let icon = icons
            .iter()
            .find(|i| i["sizes"] == format!("{wanted}x{wanted}") && i["type"] == "image/png")
            .unwrap_or_else(|| panic!("no {wanted}px PNG icon"));
        let size = png_size(&public(icon["src"].as_str().unwrap()));
        assert_eq!(
            size,
            (wanted, wanted),
            "the {wanted}px icon file has the size it claims"
        );
    }
    assert_eq!(m["lang"], "id");
}

#[test]
fn the_service_worker_has_a_fetch_handler_and_a_build_manifest_slot() {
    let sw = std::fs::read_to_string(public("sw.js")).unwrap();
    assert!(sw.contains(r#"addEventListener("fetch""#));
    assert!(
        sw.contains("__PERAK_PRECACHE__") && sw.contains("__PERAK_VERSION__"),
        "filled in at build time"
    );
    let index =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("index.html")).unwrap();
    assert!(index.contains(r#"rel="manifest" href="/manifest.webmanifest""#));
}
