//! Kiosk settings, the staff PIN and the offline-preparation progress, natively.
#![cfg(not(target_arch = "wasm32"))]

use perak_batankrajan::domain::kiosk::{
    KioskSettings, PinProblem, Precache, Progress, check_new_pin, hash_pin, parse_secs, verify_pin,
};

#[test]
fn a_new_pin_is_four_to_eight_digits_typed_twice() {
    assert_eq!(check_new_pin("2468", "2468"), Ok(()));
    assert_eq!(check_new_pin(" 24681357 ", "24681357"), Ok(()));
    assert_eq!(
        check_new_pin("246", "246"),
        Err(PinProblem::Length { min: 4, max: 8 })
    );
    assert_eq!(
        check_new_pin("123456789", "123456789"),
        Err(PinProblem::Length { min: 4, max: 8 })
    );
    assert_eq!(check_new_pin("12a4", "12a4"), Err(PinProblem::NotDigits));
    assert_eq!(check_new_pin("١٢٣٤", "١٢٣٤"), Err(PinProblem::NotDigits));
    assert_eq!(check_new_pin("2468", "2469"), Err(PinProblem::Mismatch));
}

#[test]
fn the_pin_is_kept_only_as_a_salted_hash() {
    let a = hash_pin("2468", &[1; 16], 1000);
    let b = hash_pin("2468", &[2; 16], 1000);
    assert_ne!(a.hash, b.hash, "the salt changes the hash");
    assert!(!a.hash.contains("2468") && a.hash.len() == 64);
    assert_eq!(a.salt, "01".repeat(16));
    assert!(verify_pin("2468", &a));
    assert!(
        verify_pin(" 2468 ", &a),
        "surrounding spaces are not part of a PIN"
    );
    assert!(!verify_pin("2469", &a));
    assert!(!verify_pin("", &a));
    // Rounds matter: the same PIN and salt with other rounds is another hash.
    assert_ne!(hash_pin("2468", &[1; 16], 999).hash, a.hash);
    // A damaged stored hash never verifies and never panics.
    let mut broken = a.clone();
    broken.salt = "zz".into();
    assert!(!verify_pin("2468", &broken));
    broken.salt = "0".into();
    assert!(!verify_pin("2468", &broken));
}

#[test]
fn stored_settings_are_read_safely_with_the_floors_applied() {
    assert_eq!(KioskSettings::parse(""), KioskSettings::default());
    assert_eq!(KioskSettings::parse("{not json"), KioskSettings::default());
    let s = KioskSettings::parse(r#"{"enabled":true,"idle_secs":1,"countdown_secs":5}"#);
    assert!(s.enabled);
    assert_eq!(s.idle_secs, 10, "idle time has a floor");
    assert_eq!(s.countdown_secs, 20, "the visitor always gets 20 seconds");
    let d = KioskSettings::default();
    assert_eq!((d.idle_secs, d.countdown_secs, d.enabled), (90, 30, false));
}

#[test]
fn seconds_fields() {
    assert_eq!(parse_secs(" 90 ", (10, 3600)), Some(90));
    assert_eq!(parse_secs("9", (10, 3600)), None);
    assert_eq!(parse_secs("abc", (10, 3600)), None);
    assert_eq!(parse_secs("-5", (10, 3600)), None);
}

#[test]
fn offline_progress_counts_files_and_bytes() {
    let m: Precache = serde_json::from_str(
        r#"{"version":"abc","files":[{"url":"/index.html","bytes":1000},{"url":"/app.wasm","bytes":9000}]}"#,
    )
    .unwrap();
    assert_eq!(m.total_bytes(), 10_000);
    assert_eq!(
        m.cache_name(),
        "perak-abc",
        "the service worker's cache name"
    );
    let mut p = Progress {
        files_total: 2,
        bytes_total: m.total_bytes(),
        ..Progress::default()
    };
    assert_eq!(p.percent(), 0);
    p.files_done = 1;
    p.bytes_done = 1000;
    assert_eq!(p.percent(), 10);
    assert!(!p.complete());
    p.files_done = 2;
    p.bytes_done = 10_000;
    assert_eq!(p.percent(), 100);
    assert!(p.complete());
    assert_eq!(Progress::default().percent(), 100, "nothing to do is done");
}
