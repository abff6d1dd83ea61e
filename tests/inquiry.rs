//! Inquiry validation, the outbox state machine, the back-off schedule and the exports, natively.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use perak_batankrajan::domain::ItemRef;
use perak_batankrajan::domain::RetryPolicy;
use perak_batankrajan::domain::inquiry::outbox::{
    CSV_COLUMNS, Channel, Entry, Outcome, Status, classify, csv_cell, next_due, parse_csv,
    parse_stored, to_csv, to_json,
};
use perak_batankrajan::domain::inquiry::shortlist::ShortlistItem;
use perak_batankrajan::domain::inquiry::{
    Field, Inquiry, InquiryDraft, Rejection, Route, Rule, normalise_phone, validate, wa_me_link,
};
use perak_batankrajan::domain::shared::{ids::uuid_v4, time::iso_utc};
use perak_batankrajan::domain::{Catalogue, Finish, load_from_dir};
use proptest::prelude::*;

fn catalogue() -> Catalogue {
    load_from_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data")).unwrap()
}

fn good() -> InquiryDraft {
    InquiryDraft {
        name: "  Ayu Lestari ".into(),
        company: "".into(),
        country: "Indonesia".into(),
        email: "ayu@example.co.id".into(),
        whatsapp: "".into(),
        language: "id".into(),
        message: "Saya ingin memesan cincin untuk toko kami.".into(),
        consent: true,
        route: Route::Endpoint,
        website: "".into(),
        items: vec![],
        currency: None,
    }
}

fn errors(d: &InquiryDraft) -> Vec<(Field, Rule)> {
    match validate(d, &catalogue()) {
        Err(Rejection::Invalid(e)) => e.into_iter().map(|e| (e.field, e.rule)).collect(),
        Err(Rejection::Bot) => panic!("treated as a bot"),
        Ok(_) => vec![],
    }
}

#[test]
fn a_good_inquiry_is_trimmed_and_empty_optionals_dropped() {
    let i = validate(&good(), &catalogue()).unwrap();
    assert_eq!(i.name, "Ayu Lestari");
    assert_eq!(i.company, None);
    assert_eq!(i.whatsapp, None);
    assert_eq!(i.email.as_deref(), Some("ayu@example.co.id"));
    // The consent the buyer gave is recorded with the version of its text.
    assert!(i.consent);
    assert_eq!(
        i.consent_version,
        perak_batankrajan::domain::inquiry::CONSENT_VERSION
    );
}

#[test]
fn every_problem_is_reported_at_once_with_its_field() {
    let d = InquiryDraft {
        name: "A".into(),
        country: "".into(),
        email: "".into(),
        whatsapp: "".into(),
        message: "hi".into(),
        consent: false,
        ..good()
    };
    let e = errors(&d);
    assert!(e.contains(&(Field::Name, Rule::TooShort { min: 2 })));
    assert!(e.contains(&(Field::Country, Rule::Required)));
    assert!(e.contains(&(Field::Email, Rule::NeedOneContact)));
    assert!(e.contains(&(Field::Message, Rule::TooShort { min: 10 })));
    assert!(e.contains(&(Field::Consent, Rule::ConsentRequired)));
    assert_eq!(e.len(), 5, "{e:?}");
}

#[test]
fn lengths_count_characters_not_bytes() {
    // 80 Javanese-script characters are 240 bytes but still within the limit.
    let d = InquiryDraft {
        name: "ꦄ".repeat(80),
        ..good()
    };
    assert!(errors(&d).is_empty());
    let d = InquiryDraft {
        name: "ꦄ".repeat(81),
        ..good()
    };
    assert_eq!(errors(&d), vec![(Field::Name, Rule::TooLong { max: 80 })]);
    let d = InquiryDraft {
        message: "x".repeat(2001),
        ..good()
    };
    assert_eq!(
        errors(&d),
        vec![(Field::Message, Rule::TooLong { max: 2000 })]
    );
}

#[test]
fn email_shapes() {
    for ok in [
        "a@b.co",
        "ayu.lestari+rfq@mail.example.com",
        "x@sub-domain.id",
    ] {
        let d = InquiryDraft {
            email: ok.into(),
            ..good()
        };
        assert!(errors(&d).is_empty(), "{ok}");
    }
    for bad in [
        "ayu", "ayu@", "@x.id", "ayu@x", "a b@x.id", "a@@x.id", "a@x..id", "a@-x.id",
    ] {
        let d = InquiryDraft {
            email: bad.into(),
            ..good()
        };
        assert_eq!(errors(&d), vec![(Field::Email, Rule::EmailShape)], "{bad}");
    }
}

#[test]
fn phones_need_a_country_code_and_are_normalised() {
    assert_eq!(
        normalise_phone("+62 812-3456-7890").as_deref(),
        Ok("+6281234567890")
    );
    assert_eq!(
        normalise_phone("+31 (20) 123 4567").as_deref(),
        Ok("+31201234567")
    );
    assert_eq!(normalise_phone("081234567890"), Err(Rule::NeedsCountryCode));
    assert_eq!(normalise_phone("+0812345678"), Err(Rule::NeedsCountryCode));
    assert!(matches!(
        normalise_phone("+62 12"),
        Err(Rule::PhoneDigits { .. })
    ));
    assert!(matches!(
        normalise_phone("+62 8123 4567 8901 2345"),
        Err(Rule::PhoneDigits { .. })
    ));
    assert!(matches!(
        normalise_phone("+62 812 abc 7890"),
        Err(Rule::PhoneDigits { .. })
    ));
    // WhatsApp alone is enough contact.
    let d = InquiryDraft {
        email: "".into(),
        whatsapp: "+62 812 3456 7890".into(),
        ..good()
    };
    let i = validate(&d, &catalogue()).unwrap();
    assert_eq!(i.whatsapp.as_deref(), Some("+6281234567890"));
}

#[test]
fn quantities_must_be_in_range_and_designs_known() {
    let c = catalogue();
    let id = c.designs[0].id.clone();
    let item = |qty| ShortlistItem {
        item: ItemRef::design(id.as_str()),
        qty,
        size: None,
        finish: Some(Finish::Oxidised),
    };
    let d = InquiryDraft {
        message: "".into(),
        items: vec![item(0), item(5), item(1000)],
        ..good()
    };
    let e = errors(&d);
    assert_eq!(
        e,
        vec![
            (Field::Quantity(0), Rule::QuantityRange { min: 1, max: 999 }),
            (Field::Quantity(2), Rule::QuantityRange { min: 1, max: 999 }),
        ]
    );
    // With designs attached, the message may be empty, and each line knows its workshop.
    let d = InquiryDraft {
        message: "".into(),
        items: vec![item(5)],
        ..good()
    };
    let i = validate(&d, &c).unwrap();
    assert_eq!(i.items[0].workshop, c.designs[0].workshop);
    let d = InquiryDraft {
        items: vec![ShortlistItem {
            item: ItemRef::design("gone"),
            ..item(1)
        }],
        ..good()
    };
    assert_eq!(errors(&d), vec![(Field::Quantity(0), Rule::UnknownDesign)]);
}

#[test]
fn the_honeypot_rejects_bots_silently() {
    let d = InquiryDraft {
        website: "http://spam.example".into(),
        ..good()
    };
    assert_eq!(validate(&d, &catalogue()), Err(Rejection::Bot));
}

proptest! {
    #[test]
    fn validation_never_panics(name in ".{0,120}", email in ".{0,80}", phone in ".{0,30}", msg in ".{0,300}", lang in ".{0,4}") {
        let d = InquiryDraft { name, email, whatsapp: phone, message: msg, language: lang, ..good() };
        let _ = validate(&d, &catalogue());
    }
}

fn inquiry() -> Inquiry {
    let c = catalogue();
    let d = InquiryDraft {
        items: vec![
            ShortlistItem {
                item: ItemRef::design(c.designs[0].id.as_str()),
                qty: 2,
                size: None,
                finish: None,
            },
            ShortlistItem {
                item: ItemRef::design(
                    c.designs
                        .iter()
                        .find(|d| d.workshop != c.designs[0].workshop)
                        .unwrap()
                        .id
                        .as_str(),
                ),
                qty: 1,
                size: None,
                finish: None,
            },
        ],
        ..good()
    };
    validate(&d, &c).unwrap()
}

fn policy() -> RetryPolicy {
    RetryPolicy {
        base_ms: 1_000,
        cap_ms: 60_000,
        timeout_ms: 10_000,
    }
}

#[test]
fn saved_sending_delivered() {
    let mut e = Entry::new("k1".into(), 100, inquiry());
    assert!(e.is_due(100));
    assert!(e.begin_send());
    assert_eq!(e.status, Status::Sending);
    assert_eq!(e.attempts, 1);
    assert!(!e.begin_send(), "no second attempt while one is in flight");
    e.finish(Outcome::Delivered, 200, &policy(), 0.5);
    assert_eq!(e.status, Status::Delivered { at: 200 });
    assert!(e.can_delete());
    assert!(!e.retry_now(300), "delivered stays delivered");
    assert!(!e.hand_off("x", Channel::Whatsapp, 300));
}

#[test]
fn retryable_failures_schedule_the_next_attempt() {
    let mut e = Entry::new("k".into(), 0, inquiry());
    e.begin_send();
    e.finish(Outcome::Retry("HTTP 500".into()), 1_000, &policy(), 0.0);
    assert_eq!(e.status, Status::Saved);
    assert_eq!(e.next_attempt_at, 1_500);
    assert!(!e.is_due(1_499));
    assert!(e.is_due(1_500));
    assert_eq!(e.last_error.as_deref(), Some("HTTP 500"));
    assert!(!e.can_delete());
    e.begin_send();
    e.finish(Outcome::Retry("timeout".into()), 2_000, &policy(), 0.999);
    assert_eq!(e.attempts, 2);
    assert!(e.next_attempt_at > 3_000 && e.next_attempt_at <= 4_000);
    // "Retry now" makes it due at once.
    assert!(e.retry_now(2_001));
    assert!(e.is_due(2_001));
}

#[test]
fn permanent_refusals_fail_with_the_reason_and_can_be_retried_by_hand() {
    let mut e = Entry::new("k".into(), 0, inquiry());
    e.begin_send();
    e.finish(
        Outcome::Reject("HTTP 422: bad country".into()),
        5,
        &policy(),
        0.5,
    );
    assert_eq!(
        e.status,
        Status::Failed {
            reason: "HTTP 422: bad country".into()
        }
    );
    assert!(
        !e.is_due(1_000_000),
        "a failed entry is not retried on its own"
    );
    assert!(!e.can_delete());
    e.mark_exported();
    assert!(e.can_delete(), "exported entries may be deleted");
    assert!(e.retry_now(10));
    assert_eq!(e.status, Status::Saved);
}

#[test]
fn a_late_answer_cannot_overwrite_the_state() {
    let mut e = Entry::new("k".into(), 0, inquiry());
    e.finish(Outcome::Delivered, 1, &policy(), 0.5);
    assert_eq!(
        e.status,
        Status::Saved,
        "finish without begin_send is ignored"
    );
}

#[test]
fn a_send_interrupted_by_a_reload_is_resumed() {
    let mut e = Entry::new("k".into(), 0, inquiry());
    e.begin_send();
    let stored = serde_json::to_string(&e).unwrap();
    let (back, skipped) = parse_stored([stored.as_str(), "{not json", "{}"]);
    assert_eq!(skipped, 2);
    assert_eq!(back.len(), 1);
    assert_eq!(back[0].status, Status::Saved);
    assert_eq!(back[0].id, "k");
    assert_eq!(back[0].attempts, 1);
}

#[test]
fn handing_off_every_workshop_part_hands_off_the_entry() {
    let mut e = Entry::new("k".into(), 0, inquiry());
    let parts = e.inquiry.workshops();
    assert_eq!(parts.len(), 2);
    assert!(e.hand_off(&parts[0], Channel::Whatsapp, 5));
    assert_eq!(e.status, Status::Saved, "one workshop still waits");
    assert!(e.handed_off(&parts[0]));
    assert!(e.hand_off(&parts[1], Channel::Email, 6));
    assert_eq!(
        e.status,
        Status::HandedOff {
            channel: Channel::Email,
            at: 6
        }
    );
    assert!(
        !e.can_delete(),
        "opening WhatsApp is not proof of sending: export first"
    );
    e.mark_exported();
    assert!(e.can_delete());
    // An inquiry without designs is one part, for the collective.
    let mut plain = Entry::new(
        "p".into(),
        0,
        Inquiry {
            items: vec![],
            ..inquiry()
        },
    );
    plain.hand_off("", Channel::Email, 1);
    assert_eq!(plain.status.key(), "email");
}

#[test]
fn what_waits_for_the_endpoint_is_saved_or_sending_and_routed_to_it() {
    let mut e = Entry::new("k".into(), 0, inquiry());
    assert!(e.waits_for_endpoint(), "saved");
    e.begin_send();
    assert!(e.waits_for_endpoint(), "sending");
    e.finish(Outcome::Retry("timeout".into()), 1, &policy(), 0.5);
    assert!(e.waits_for_endpoint(), "saved again for its next attempt");
    e.begin_send();
    e.finish(Outcome::Delivered, 2, &policy(), 0.5);
    assert!(!e.waits_for_endpoint(), "delivered");
    let mut refused = Entry::new("r".into(), 0, inquiry());
    refused.begin_send();
    refused.finish(Outcome::Reject("HTTP 422".into()), 1, &policy(), 0.5);
    assert!(
        !refused.waits_for_endpoint(),
        "refused: only a person retries it"
    );
    let mut handed = Entry::new("w".into(), 0, inquiry());
    handed.inquiry.route = Route::Whatsapp;
    assert!(!handed.waits_for_endpoint(), "meant for a hand-off");
}

#[test]
fn next_due_ignores_everything_not_waiting_for_the_endpoint() {
    let mut a = Entry::new("a".into(), 50, inquiry());
    let b = Entry::new("b".into(), 20, inquiry());
    let mut c = Entry::new("c".into(), 10, inquiry());
    c.inquiry.route = Route::Whatsapp;
    a.begin_send();
    assert_eq!(next_due(&[a, b, c]), Some(20));
    assert_eq!(next_due(&[]), None);
}

#[test]
fn classification_of_answers() {
    assert_eq!(classify(Some(200), ""), Outcome::Delivered);
    assert_eq!(classify(Some(201), ""), Outcome::Delivered);
    assert_eq!(classify(Some(204), ""), Outcome::Delivered);
    assert!(matches!(classify(Some(408), ""), Outcome::Retry(_)));
    assert!(matches!(classify(Some(429), ""), Outcome::Retry(_)));
    assert!(matches!(classify(Some(500), ""), Outcome::Retry(_)));
    assert!(matches!(classify(Some(503), ""), Outcome::Retry(_)));
    assert!(matches!(classify(None, "network"), Outcome::Retry(_)));
    assert_eq!(
        classify(Some(400), "no name"),
        Outcome::Reject("HTTP 400: no name".into())
    );
    assert!(matches!(classify(Some(404), ""), Outcome::Reject(_)));
}

#[test]
fn back_off_doubles_up_to_the_cap_with_jitter_in_the_upper_half() {
    let p = policy();
    let lows: Vec<u64> = (1..=8).map(|n| p.delay(n, 0.0)).collect();
    assert_eq!(
        lows,
        vec![500, 1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000]
    );
    let highs: Vec<u64> = (1..=8).map(|n| p.delay(n, 0.999_999)).collect();
    assert_eq!(
        highs,
        vec![999, 1_999, 3_999, 7_999, 15_999, 31_999, 59_999, 59_999]
    );
    assert_eq!(
        p.delay(1_000, 0.5),
        45_000,
        "huge attempt counts do not overflow"
    );
    assert_eq!(
        p.delay(3, f64::NAN),
        2_000,
        "a broken random source still waits"
    );
    assert_eq!(RetryPolicy::default().base_ms, 2_000);
}

proptest! {
    #[test]
    fn back_off_is_within_bounds(n in 1u32..200, j in 0.0f64..1.0) {
        let p = policy();
        let d = p.delay(n, j);
        prop_assert!(d <= p.cap_ms);
        prop_assert!(d >= p.base_ms / 2);
        prop_assert!(p.delay(n + 1, j) >= d);
    }
}

#[test]
fn csv_neutralises_formulas_and_quotes() {
    assert_eq!(csv_cell("=SUM(A1:A9)"), "'=SUM(A1:A9)");
    assert_eq!(csv_cell("+6281234567890"), "'+6281234567890");
    assert_eq!(csv_cell("-2"), "'-2");
    assert_eq!(csv_cell("@cmd"), "'@cmd");
    assert_eq!(csv_cell("\tx"), "'\tx");
    assert_eq!(csv_cell("\rx"), "\"'\rx\"");
    assert_eq!(csv_cell("a,b"), "\"a,b\"");
    assert_eq!(csv_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
    assert_eq!(csv_cell("plain"), "plain");
    assert_eq!(csv_cell("a=b"), "a=b", "only a leading sign is a formula");
}

const HOSTILE: [&str; 6] = [
    "<script>alert('x')</script>",
    "O'Brien \"Quote\", Ltd",
    "مرحبا بالعالم",
    "💍 cincin ✨ 👩🏽‍🔧",
    "=HYPERLINK(\"http://evil\")",
    "line one\nline two\r\n,end",
];

#[test]
fn hostile_text_round_trips_through_csv_and_json() {
    let mut entries = Vec::new();
    for (n, text) in HOSTILE.iter().enumerate() {
        let mut i = inquiry();
        i.name = text.to_string();
        i.message = text.to_string();
        i.company = Some(text.to_string());
        entries.push(Entry::new(format!("id-{n}"), 1_700_000_000_000, i));
    }
    let rows = parse_csv(&to_csv(&entries));
    assert_eq!(rows[0], CSV_COLUMNS.map(String::from).to_vec());
    assert_eq!(rows.len(), HOSTILE.len() + 1);
    let col = |name: &str| CSV_COLUMNS.iter().position(|c| *c == name).unwrap();
    for (row, text) in rows[1..].iter().zip(HOSTILE) {
        assert_eq!(row.len(), CSV_COLUMNS.len());
        let expected = if text.starts_with('=') {
            format!("'{text}")
        } else {
            text.to_string()
        };
        assert_eq!(row[col("name")], expected);
        assert_eq!(row[col("message")], expected);
        assert_eq!(row[col("created_at")], "2023-11-14T22:13:20Z");
    }
    let json: serde_json::Value = serde_json::from_str(&to_json(&entries)).unwrap();
    for (v, text) in json.as_array().unwrap().iter().zip(HOSTILE) {
        assert_eq!(v["name"], *text);
        assert_eq!(v["message"], *text);
        assert_eq!(v["status"]["state"], "saved");
    }
}

#[test]
fn the_post_body_is_the_documented_shape() {
    let e = Entry::new("0b6f0c4e-1d2a-4c3b-9a8e-000000000001".into(), 0, inquiry());
    let v: serde_json::Value = serde_json::from_str(&e.body_json()).unwrap();
    assert_eq!(v["id"], "0b6f0c4e-1d2a-4c3b-9a8e-000000000001");
    assert_eq!(v["created_at"], "1970-01-01T00:00:00Z");
    assert_eq!(v["name"], "Ayu Lestari");
    assert_eq!(v["consent"], true);
    assert_eq!(v["route"], "endpoint");
    assert_eq!(v["items"][0]["qty"], 2);
    assert!(v["items"][0]["workshop"].is_string());
    assert!(v.get("company").is_none(), "absent optionals are left out");
}

#[test]
fn ids_timestamps_and_links() {
    let id = uuid_v4([0xff; 16]);
    assert_eq!(id, "ffffffff-ffff-4fff-bfff-ffffffffffff");
    assert_eq!(uuid_v4([0; 16]), "00000000-0000-4000-8000-000000000000");
    assert_eq!(iso_utc(1_767_225_599_000), "2025-12-31T23:59:59Z");
    assert_eq!(iso_utc(951_782_400_000), "2000-02-29T00:00:00Z");
    assert_eq!(
        wa_me_link("+62 812-3456", "Halo & selamat pagi 💍"),
        "https://wa.me/628123456?text=Halo%20%26%20selamat%20pagi%20%F0%9F%92%8D"
    );
}

#[test]
fn the_route_an_inquiry_really_takes() {
    for r in [Route::Endpoint, Route::Whatsapp, Route::Email] {
        assert_eq!(
            r.effective(true, false),
            Route::Endpoint,
            "a kiosk keeps everything in the outbox"
        );
        assert_eq!(r.effective(false, true), r, "the buyer's choice stands");
    }
    assert_eq!(Route::Endpoint.effective(false, false), Route::Whatsapp);
    assert_eq!(Route::Email.effective(false, false), Route::Email);
}

#[test]
fn a_german_inquiry_carries_its_language_and_the_prices_as_the_buyer_read_them() {
    use perak_batankrajan::domain::pricing::format::Currency;
    let c = catalogue();
    let design = c.designs.iter().find(|d| !d.price_on_request).unwrap();
    let d = InquiryDraft {
        language: "de".into(),
        items: vec![ShortlistItem {
            item: ItemRef::design(design.id.as_str()),
            qty: 2,
            size: None,
            finish: None,
        }],
        ..good()
    };
    let i = validate(&d, &c).unwrap();
    assert_eq!(i.language, "de");
    let price = i.items[0]
        .price
        .as_ref()
        .expect("a priced design travels with its price");
    // German readers see euros unless they chose otherwise; the amount as German writes it.
    assert_eq!(price.currency, Currency::Eur);
    assert!(
        price.unit_shown.ends_with("\u{a0}€"),
        "{:?}",
        price.unit_shown
    );
    assert!(price.unit_shown.contains(','), "{:?}", price.unit_shown);
    let json = serde_json::to_value(&i).unwrap();
    assert_eq!(json["items"][0]["price"]["currency"], "EUR");

    let chosen = InquiryDraft {
        currency: Some(Currency::Usd),
        language: "fr".into(),
        ..d
    };
    let i = validate(&chosen, &c).unwrap();
    let price = i.items[0].price.as_ref().unwrap();
    assert_eq!(price.currency, Currency::Usd);
    assert!(
        price.unit_shown.ends_with("$\u{a0}US"),
        "{:?}",
        price.unit_shown
    );

    for code in ["nl", "en", "id"] {
        let d = InquiryDraft {
            language: code.into(),
            ..good()
        };
        assert!(validate(&d, &c).is_ok(), "{code} is a reply language");
    }
    let d = InquiryDraft {
        language: "es".into(),
        ..good()
    };
    assert_eq!(errors(&d), vec![(Field::Language, Rule::UnknownLanguage)]);
}

const DAY: u64 = 24 * 60 * 60 * 1000;

fn entry_with(id: &str, status: Status) -> Entry {
    let mut e = Entry::new(id.into(), 0, inquiry());
    e.status = status;
    e
}

#[test]
fn retention_removes_only_what_was_delivered_or_handed_off_longer_ago_than_the_days_set() {
    use perak_batankrajan::domain::inquiry::outbox::{DEFAULT_RETENTION_DAYS, done, expired};
    let now = 400 * DAY;
    let entries = vec![
        entry_with("old-delivered", Status::Delivered { at: now - 31 * DAY }),
        entry_with("recent-delivered", Status::Delivered { at: now - 29 * DAY }),
        entry_with(
            "old-whatsapp",
            Status::HandedOff {
                channel: Channel::Whatsapp,
                at: now - 45 * DAY,
            },
        ),
        // However old, what has not left the device stays: it is the buyer's only copy.
        entry_with("old-waiting", Status::Saved),
        entry_with("old-sending", Status::Sending),
        entry_with(
            "old-refused",
            Status::Failed {
                reason: "HTTP 422".into(),
            },
        ),
    ];
    assert_eq!(DEFAULT_RETENTION_DAYS, 30);
    assert_eq!(
        expired(&entries, now, DEFAULT_RETENTION_DAYS),
        ["old-delivered", "old-whatsapp"]
    );
    assert_eq!(expired(&entries, now, 60), Vec::<String>::new());
    // A retention below one day is one day: never "delete at once" by a typo in storage.
    assert_eq!(
        expired(&entries, now, 0),
        ["old-delivered", "recent-delivered", "old-whatsapp"]
    );
    // Staff's purge takes everything done, of any age, and nothing else.
    assert_eq!(
        done(&entries),
        ["old-delivered", "recent-delivered", "old-whatsapp"]
    );
}

#[test]
fn an_inquiry_stored_before_consent_versions_still_loads() {
    // An entry as the outbox stored it before this version (no consent_version).
    let mut value = serde_json::to_value(Entry::new("a1".into(), 5, inquiry())).unwrap();
    value["inquiry"]
        .as_object_mut()
        .unwrap()
        .remove("consent_version");
    let (entries, skipped) = parse_stored([value.to_string().as_str()]);
    assert_eq!(skipped, 0);
    assert_eq!(entries[0].inquiry.consent_version, "");
    assert!(entries[0].inquiry.consent);
}

#[test]
fn exports_carry_the_consent_version_and_name_the_retention() {
    use perak_batankrajan::domain::inquiry::CONSENT_VERSION;
    use perak_batankrajan::domain::inquiry::outbox::export_file_name;
    let entries = vec![Entry::new("e1".into(), 0, inquiry())];
    let rows = parse_csv(&to_csv(&entries));
    let column = CSV_COLUMNS
        .iter()
        .position(|c| *c == "consent_version")
        .unwrap();
    assert_eq!(rows[1][column], CONSENT_VERSION);
    assert!(to_json(&entries).contains(&format!("\"consent_version\": \"{CONSENT_VERSION}\"")));
    assert_eq!(
        export_file_name(1_796_000_000_000, true, 30),
        "perak-outbox-20261130T0053-retention-30d.csv"
    );
}

#[test]
fn a_mixer_design_travels_in_an_inquiry_with_its_parameters_and_estimate() {
    use perak_batankrajan::domain::inquiry::{HandoffLabels, handoff_text};
    use perak_batankrajan::domain::studio::mixer::Mix;
    let c = catalogue();
    let mix = Mix::default();
    let item = ItemRef::Mix(mix.clone());
    let d = InquiryDraft {
        items: vec![ShortlistItem {
            item: item.clone(),
            qty: 2,
            size: None,
            finish: Some(mix.finish),
        }],
        ..good()
    };
    let i = validate(&d, &c).unwrap();
    let line = &i.items[0];
    assert_eq!(line.workshop, "", "a custom request goes to the collective");
    let estimate = c.custom_estimate(&item).unwrap().price.unwrap();
    assert_eq!(line.price.as_ref().unwrap().unit_idr, estimate.idr);
    let json = serde_json::to_value(&i).unwrap();
    assert_eq!(
        json["items"][0]["design"],
        "mix:pendant.majapahit_sun.8.3.casting.polished.925.100"
    );
    let name = |it: &ItemRef| (*it == item).then(|| "Liontin dengan motif Matahari".to_owned());
    let text = handoff_text(
        &i,
        Some(""),
        &HandoffLabels {
            greeting: "Halo",
            size: "ukuran",
            item_name: &name,
        },
    );
    assert!(
        text.contains(
            "• 2 × Liontin dengan motif Matahari (mix:pendant.majapahit_sun.8.3.casting.polished.925.100), polished"
        ),
        "{text}"
    );
}
