//! Kiosk settings, the staff PIN and the offline-preparation progress, natively.
#![cfg(not(target_arch = "wasm32"))]

use perak_batankrajan::domain::kiosk::{
    FIRST_WAIT_MS, FREE_ATTEMPTS, KioskSettings, MAX_WAIT_MS, PIN_ROUNDS, PinProblem, PinScheme,
    PinThrottle, Precache, Progress, check_new_pin, hash_pin, parse_in_range, verify_pin,
};

#[test]
fn a_new_pin_is_six_to_twelve_digits_typed_twice() {
    assert_eq!(check_new_pin("246813", "246813"), Ok(()));
    assert_eq!(check_new_pin(" 246813579135 ", "246813579135"), Ok(()));
    assert_eq!(
        check_new_pin("2468", "2468"),
        Err(PinProblem::Length { min: 6, max: 12 })
    );
    assert_eq!(
        check_new_pin("1234567890123", "1234567890123"),
        Err(PinProblem::Length { min: 6, max: 12 })
    );
    assert_eq!(
        check_new_pin("12a456", "12a456"),
        Err(PinProblem::NotDigits)
    );
    assert_eq!(
        check_new_pin("١٢٣٤٥٦", "١٢٣٤٥٦"),
        Err(PinProblem::NotDigits)
    );
    assert_eq!(check_new_pin("246813", "246814"), Err(PinProblem::Mismatch));
}

#[test]
fn the_pin_is_kept_only_as_a_pbkdf2_hash() {
    // RFC 7914's PBKDF2-HMAC-SHA-256 vector (one iteration), through the PIN's own function.
    assert_eq!(
        hash_pin("password", b"salt", 1).hash,
        "120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b"
    );
    let a = hash_pin("246813", &[7; 16], 100_000);
    assert_eq!(
        a.hash, "b89245532a1ffd5a4db3427a53d09f1aec8e5ea1870030083bc058c4c7e8f983",
        "as Python's hashlib.pbkdf2_hmac computes it"
    );
    assert_eq!(a.scheme, PinScheme::Pbkdf2Sha256);
    assert_ne!(
        hash_pin("246813", &[8; 16], 100_000).hash,
        a.hash,
        "the salt changes the hash"
    );
    assert!(verify_pin("246813", &a));
    assert!(
        verify_pin(" 246813 ", &a),
        "surrounding spaces are not part of a PIN"
    );
    assert!(!verify_pin("246814", &a));
    assert!(!verify_pin("", &a));
    assert!(!a.needs_rehash() || a.rounds < PIN_ROUNDS);
    assert!(!hash_pin("246813", &[7; 16], PIN_ROUNDS).needs_rehash());
    // A damaged or planted hash never verifies and never panics or runs for minutes.
    let mut broken = a.clone();
    broken.salt = "zz".into();
    assert!(!verify_pin("246813", &broken));
    broken.salt = "0".into();
    assert!(!verify_pin("246813", &broken));
    let mut slow = a.clone();
    slow.rounds = u32::MAX;
    assert!(!slow.is_sound() && !verify_pin("246813", &slow));
    let mut cheap = a;
    cheap.rounds = 10;
    assert!(!cheap.is_sound() && !verify_pin("246813", &cheap));
}

#[test]
fn a_pin_stored_before_pbkdf2_still_unlocks_and_is_then_hashed_anew() {
    // Iterated salted SHA-256, 1,000 rounds, as the earlier version stored it (no `scheme` field).
    let stored = r#"{"enabled":true,"pin":{"salt":"01010101010101010101010101010101",
        "hash":"5c1e5eb6f54eb3017669fe465234e8abcb753e0f6f740ab799c123cb22469776","rounds":1000}}"#;
    let s = KioskSettings::parse(stored);
    assert!(!s.unreadable);
    let pin = s.pin.unwrap();
    assert_eq!(pin.scheme, PinScheme::Sha256Iterated);
    assert!(verify_pin("2468", &pin));
    assert!(!verify_pin("2469", &pin));
    assert!(pin.needs_rehash());
}

#[test]
fn stored_settings_are_read_safely_and_fail_closed() {
    assert_eq!(KioskSettings::parse(""), KioskSettings::default());
    let s = KioskSettings::parse(r#"{"enabled":true,"idle_secs":1,"countdown_secs":5}"#);
    assert!(s.enabled && !s.unreadable);
    assert_eq!(s.idle_secs, 10, "idle time has a floor");
    assert_eq!(s.countdown_secs, 20, "the visitor always gets 20 seconds");
    let d = KioskSettings::default();
    assert_eq!((d.idle_secs, d.countdown_secs, d.enabled), (90, 30, false));
    // Retention: 30 days when settings stored before it say nothing, and always within 1..=365.
    assert_eq!(s.retention_days, 30);
    assert_eq!(d.retention_days, 30);
    assert_eq!(
        KioskSettings::parse(
            r#"{"enabled":false,"idle_secs":90,"countdown_secs":30,"retention_days":0}"#
        )
        .retention_days,
        1
    );
    assert_eq!(
        KioskSettings::parse(
            r#"{"enabled":false,"idle_secs":90,"countdown_secs":30,"retention_days":9999}"#
        )
        .retention_days,
        365
    );
    // Unreadable, or a PIN hash with parameters out of bounds: kiosk on, staff screens locked.
    for damaged in [
        "{not json",
        r#"{"enabled":false,"pin":{"salt":"00","hash":"00","rounds":1}}"#,
        r#"{"enabled":false,"pin":{"salt":"01010101010101010101010101010101","hash":"5c1e5eb6f54eb3017669fe465234e8abcb753e0f6f740ab799c123cb22469776","rounds":4000000000,"scheme":"pbkdf2-sha256"}}"#,
        "[]",
    ] {
        let s = KioskSettings::parse(damaged);
        assert!(s.unreadable && s.enabled && s.pin.is_none(), "{damaged}");
    }
}

#[test]
fn wrong_pins_make_staff_wait_longer_each_time_and_the_count_survives_storage() {
    use perak_batankrajan::domain::shared::stored::StoredForm;
    let mut t = PinThrottle::default();
    let now = 1_000_000;
    for _ in 0..FREE_ATTEMPTS - 1 {
        t.record_failure(now);
        assert_eq!(t.wait_ms(now), None, "the first wrong PINs cost nothing");
    }
    t.record_failure(now);
    assert_eq!(t.wait_ms(now), Some(FIRST_WAIT_MS));
    assert_eq!(t.wait_ms(now + FIRST_WAIT_MS), None);
    t.record_failure(now + FIRST_WAIT_MS);
    assert_eq!(t.wait_ms(now + FIRST_WAIT_MS), Some(2 * FIRST_WAIT_MS));
    for _ in 0..40 {
        t.record_failure(now);
    }
    assert_eq!(
        t.wait_ms(now),
        Some(MAX_WAIT_MS),
        "never longer than the longest wait"
    );
    // Kept as stored text across a reload; a damaged count is strict, not forgiving.
    let back = PinThrottle::from_stored(&t.to_stored());
    assert_eq!(back, t);
    let damaged = PinThrottle::from_stored("{oops");
    assert_eq!(damaged.failures, FREE_ATTEMPTS - 1);
    let mut next = damaged;
    next.record_failure(now);
    assert!(next.wait_ms(now).is_some());
    // A lock planted far in the future is cut to the longest wait.
    let planted = PinThrottle {
        failures: 9,
        locked_until_ms: u64::MAX,
    }
    .bounded(now);
    assert_eq!(planted.wait_ms(now), Some(MAX_WAIT_MS));
}

#[test]
fn seconds_fields() {
    assert_eq!(parse_in_range(" 90 ", (10, 3600)), Some(90));
    assert_eq!(parse_in_range("9", (10, 3600)), None);
    assert_eq!(parse_in_range("abc", (10, 3600)), None);
    assert_eq!(parse_in_range("-5", (10, 3600)), None);
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
