//! In-browser tests of state kept on the device and the browser adapters: languages, data files, the
//! shortlist, stored values across tabs, the IndexedDB outbox, session storage, the offline page.
#![cfg(target_arch = "wasm32")]

mod web_support;

use leptos::prelude::*;
use perak_batankrajan::components::{DocumentLang, LangNotice, LangSwitch};
use perak_batankrajan::domain::{DataFile, Fetched};
use perak_batankrajan::i18n::{self, Locale, t_string, use_i18n};
use perak_batankrajan::platform::data::fetch_data_file;
use perak_batankrajan::state::{prepare_locale, provide_locale};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_support::{document, new_host, tick};

wasm_bindgen_test_configure!(run_in_browser);

#[component]
fn Harness() -> impl IntoView {
    leptos_meta::provide_meta_context();
    provide_locale();
    let i18n = use_i18n();
    view! {
        <DocumentLang />
        <LangSwitch />
        <LangNotice />
        <h1 id="heading">{move || t_string!(i18n, home_heading)}</h1>
    }
}

fn mount() -> (
    web_sys::HtmlElement,
    leptos::mount::UnmountHandle<impl Mountable>,
) {
    let host = new_host();
    let handle = leptos::mount::mount_to(host.clone(), Harness);
    (host, handle)
}

fn heading(host: &web_sys::HtmlElement) -> String {
    host.query_selector("#heading")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap_or_default()
}

fn html_lang() -> String {
    document()
        .document_element()
        .unwrap()
        .get_attribute("lang")
        .unwrap_or_default()
}

/// Chooses a language in the switch as a person does: the list's value, then its change event.
fn choose_language(host: &web_sys::HtmlElement, code: &str) {
    let select: web_sys::HtmlSelectElement = host
        .query_selector(".lang-switch select")
        .unwrap()
        .unwrap()
        .unchecked_into();
    select.set_value(code);
    select
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
}

#[wasm_bindgen_test]
async fn language_switch_translates_persists_and_sets_html_lang() {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.clear().unwrap();
    // Installed as a fetch would install it (the next test fetches one).
    i18n::install(Locale::En, include_str!("../locales/en.json")).unwrap();

    let (host, handle) = mount();
    tick().await;
    assert_eq!(
        heading(&host),
        "Perak buatan tangan dari Batankrajan",
        "Bahasa Indonesia is the default"
    );
    assert_eq!(html_lang(), "id");
    let names: Vec<String> = (0..5)
        .map(|i| {
            host.query_selector_all(".lang-switch option")
                .unwrap()
                .item(i)
                .unwrap()
                .text_content()
                .unwrap()
        })
        .collect();
    assert_eq!(
        names,
        [
            "Bahasa Indonesia",
            "English",
            "Deutsch",
            "Français",
            "Nederlands"
        ],
        "each language named in itself"
    );

    choose_language(&host, "en");
    tick().await;
    assert_eq!(heading(&host), "Hand-made silver from Batankrajan");
    assert_eq!(html_lang(), "en");
    assert_eq!(
        storage.get_item("perak.locale").unwrap().as_deref(),
        Some("en")
    );
    assert!(
        web_sys::window()
            .unwrap()
            .location()
            .pathname()
            .unwrap()
            .starts_with("/en/"),
        "the address names the language"
    );

    // A reload: the language is worked out again before the app is mounted.
    drop(handle);
    host.remove();
    prepare_locale().await;
    let (host, _handle) = mount();
    tick().await;
    assert_eq!(heading(&host), "Hand-made silver from Batankrajan");

    choose_language(&host, "id");
    tick().await;
    assert_eq!(html_lang(), "id");
    assert_eq!(
        storage.get_item("perak.locale").unwrap().as_deref(),
        Some("id")
    );
    assert!(
        !web_sys::window()
            .unwrap()
            .location()
            .pathname()
            .unwrap()
            .starts_with("/en/")
    );
}

#[wasm_bindgen_test]
async fn choosing_a_language_fetches_its_texts_before_the_page_changes() {
    let (host, _handle) = mount();
    tick().await;
    // The test runner serves the crate's directory, so `/locales/de.json` is the repository's file,
    // fetched as the app fetches it from the build.
    assert!(!i18n::is_installed(Locale::De));
    choose_language(&host, "de");
    assert_eq!(
        heading(&host),
        "Perak buatan tangan dari Batankrajan",
        "nothing changes until the texts are in"
    );
    for _ in 0..100 {
        tick().await;
        if html_lang() == "de" {
            break;
        }
    }
    assert_eq!(heading(&host), "Handgefertigtes Silber aus Batankrajan");
    assert!(i18n::is_installed(Locale::De));
    choose_language(&host, "id");
    tick().await;
    assert_eq!(html_lang(), "id");
}

#[wasm_bindgen_test]
async fn a_data_file_the_server_does_not_have_is_reported_missing() {
    // The test runner's server has no /data/ directory, so this is a real 404 from a real server.
    assert_eq!(fetch_data_file(DataFile::Designs).await, Fetched::Missing);
}

#[wasm_bindgen_test]
async fn the_shortlist_is_kept_in_local_storage_and_survives_a_remount() {
    use perak_batankrajan::domain::inquiry::shortlist::ShortlistItem;
    use perak_batankrajan::domain::{Finish, ItemRef};
    use perak_batankrajan::state::{provide_shortlist, use_shortlist};

    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.clear().unwrap();

    let mount_list = || {
        let host = new_host();
        let handle = leptos::mount::mount_to(host.clone(), || {
            provide_shortlist();
            let list = use_shortlist();
            view! {
                <button id="add" on:click=move |_| list.add(ShortlistItem {
                    item: ItemRef::design("ring-kawung"),
                    qty: 2,
                    size: Some("17 cm ~ extra!".into()),
                    finish: Some(Finish::Oxidised),
                })>"add"</button>
                <p id="count">{move || list.count()}</p>
            }
        });
        (host, handle)
    };

    let (host, handle) = mount_list();
    tick().await;
    let count = |host: &web_sys::HtmlElement| {
        host.query_selector("#count")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap()
    };
    assert_eq!(count(&host), "0");
    let add: web_sys::HtmlElement = host
        .query_selector("#add")
        .unwrap()
        .unwrap()
        .unchecked_into();
    add.click();
    add.click();
    tick().await;
    assert_eq!(count(&host), "4", "the same choice merges");
    let stored = storage
        .get_item("perak.shortlist")
        .unwrap()
        .unwrap_or_default();
    assert!(
        stored.starts_with("ring-kawung~4~17 cm %7E extra%21~oxidised"),
        "{stored}"
    );

    drop(handle);
    host.remove();
    let (host, _handle) = mount_list();
    tick().await;
    assert_eq!(count(&host), "4", "restored from storage");

    // Whatever another program left in storage must not break the list: what is no item is skipped.
    storage
        .set_item("perak.shortlist", "\u{0}garbage~~!!~x~y~z!ring-kawung~1~~")
        .unwrap();
    let (host, _h) = mount_list();
    tick().await;
    assert_eq!(count(&host), "1");
}

#[wasm_bindgen_test]
async fn stored_state_follows_other_tabs_and_a_failed_write_is_shown() {
    use perak_batankrajan::components::StorageNotice;
    use perak_batankrajan::domain::ItemRef;
    use perak_batankrajan::domain::inquiry::shortlist::ShortlistItem;
    use perak_batankrajan::state::{provide_shortlist, provide_storage_problems, use_shortlist};

    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.clear().unwrap();
    let host = new_host();
    let _handle = leptos::mount::mount_to(host.clone(), || {
        provide_storage_problems();
        provide_locale();
        provide_shortlist();
        let list = use_shortlist();
        view! {
            <button id="add" on:click=move |_| list.add(ShortlistItem {
                item: ItemRef::design("ring-kawung"),
                qty: 1,
                size: None,
                finish: None,
            })>"add"</button>
            <p id="count">{move || list.count()}</p>
            <StorageNotice />
        }
    });
    tick().await;
    let text = |sel: &str| {
        host.query_selector(sel)
            .unwrap()
            .and_then(|e| e.text_content())
            .unwrap_or_default()
    };

    // Another tab writes the shortlist: this one follows (the browser's storage event).
    storage
        .set_item("perak.shortlist", "ring-kawung~3~~")
        .unwrap();
    let init = web_sys::StorageEventInit::new();
    init.set_key(Some("perak.shortlist"));
    let event = web_sys::StorageEvent::new_with_event_init_dict("storage", &init).unwrap();
    web_sys::window().unwrap().dispatch_event(&event).unwrap();
    tick().await;
    assert_eq!(text("#count"), "3", "a change in another tab shows here");
    assert_eq!(text(".storage-notice"), "", "nothing failed yet");

    // Storage refuses writes (full, or switched off): the reader is told, and the list on screen
    // keeps what they did.
    js_sys::eval(
        "window.__setItem = Storage.prototype.setItem;
         Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };",
    )
    .unwrap();
    let add: web_sys::HtmlElement = host
        .query_selector("#add")
        .unwrap()
        .unwrap()
        .unchecked_into();
    add.click();
    tick().await;
    js_sys::eval("Storage.prototype.setItem = window.__setItem;").unwrap();
    assert_eq!(text("#count"), "4", "what was done stays on screen");
    let notice = text(".storage-notice");
    assert!(
        notice.contains("Daftar pilihan belum tersimpan"),
        "the notice names what was not saved: {notice:?}"
    );
    // Told by the exception's name: a full device, whose remedy is to free space.
    assert!(notice.contains("sudah penuh"), "{notice:?}");
    let dismiss = || {
        host.query_selector(".storage-notice button")
            .unwrap()
            .unwrap()
            .unchecked_into::<web_sys::HtmlElement>()
            .click()
    };
    dismiss();
    tick().await;
    assert!(host.query_selector(".storage-notice").unwrap().is_none());

    // Refused for another reason: the general message.
    js_sys::eval(
        "Storage.prototype.setItem = function () { throw new DOMException('no', 'SecurityError'); };",
    )
    .unwrap();
    add.click();
    tick().await;
    js_sys::eval("Storage.prototype.setItem = window.__setItem;").unwrap();
    let notice = text(".storage-notice");
    assert!(notice.contains("penuh atau dimatikan"), "{notice:?}");
    assert!(!notice.contains("sudah penuh"), "{notice:?}");
    dismiss();
    tick().await;
}

#[wasm_bindgen_test]
async fn only_one_tab_at_a_time_holds_an_outbox_entry_lock() {
    use futures::channel::oneshot;
    use perak_batankrajan::platform::locks::exclusive;

    // The first holder keeps the lock until told to finish.
    let (finish, finished) = oneshot::channel::<()>();
    let first =
        wasm_bindgen_futures::JsFuture::from(wasm_bindgen_futures::future_to_promise(async move {
            let held = exclusive("perak-test-lock", move || async move {
                let _ = finished.await;
                "first"
            })
            .await;
            Ok(JsValue::from_str(held.unwrap_or("none")))
        }));
    tick().await;
    // Meanwhile (as another tab would) the same lock is refused, and its work never runs.
    let ran = std::rc::Rc::new(std::cell::Cell::new(false));
    let r = ran.clone();
    let second = exclusive("perak-test-lock", move || async move { r.set(true) }).await;
    assert_eq!(second, None);
    assert!(!ran.get(), "the refused work did not run");
    // Another entry's lock is free.
    assert_eq!(exclusive("perak-test-other", || async { 7 }).await, Some(7));
    let _ = finish.send(());
    assert_eq!(first.await.unwrap().as_string().as_deref(), Some("first"));
    // Released: the next sender gets it.
    assert_eq!(exclusive("perak-test-lock", || async { 1 }).await, Some(1));
}

#[wasm_bindgen_test]
fn a_panic_is_announced_to_the_page() {
    use perak_batankrajan::platform::crash;
    js_sys::eval(
        "window.__crashes = 0; addEventListener('perak:crashed', function () { window.__crashes++; });",
    )
    .unwrap();
    crash::report();
    let crashes = js_sys::eval("window.__crashes").unwrap().as_f64();
    assert_eq!(crashes, Some(1.0));
}

fn sample_inquiry() -> perak_batankrajan::domain::inquiry::Inquiry {
    perak_batankrajan::domain::inquiry::Inquiry {
        name: "Ayu <b>Lestari</b> 💍".into(),
        company: None,
        country: "Indonesia".into(),
        email: Some("ayu@example.id".into()),
        whatsapp: None,
        language: "id".into(),
        message: "Halo".into(),
        consent: true,
        consent_version: perak_batankrajan::domain::inquiry::CONSENT_VERSION.into(),
        route: Default::default(),
        items: vec![],
    }
}

#[wasm_bindgen_test]
async fn the_outbox_store_keeps_entries_in_indexeddb_and_resumes_interrupted_sends() {
    use perak_batankrajan::domain::inquiry::outbox::{Entry, Status};
    use perak_batankrajan::platform::outbox_store;

    for e in outbox_store::all().await.unwrap().0 {
        outbox_store::delete(&e.id).await.unwrap();
    }
    let mut a = Entry::new("web-a".into(), 1_000, sample_inquiry());
    let b = Entry::new("web-b".into(), 2_000, sample_inquiry());
    outbox_store::put(&a).await.unwrap();
    outbox_store::put(&b).await.unwrap();
    // The page died while `a` was being sent.
    a.begin_send();
    outbox_store::put(&a).await.unwrap();

    let (entries, unreadable) = outbox_store::all().await.unwrap();
    assert_eq!(unreadable, 0);
    let ids: Vec<&str> = entries.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(
        ids,
        vec!["web-b", "web-a"],
        "newest first, one record per id"
    );
    assert_eq!(
        entries[1].status,
        Status::Saved,
        "an interrupted send is resumed"
    );
    assert_eq!(entries[1].attempts, 1);
    assert_eq!(entries[0].inquiry.name, "Ayu <b>Lestari</b> 💍");

    // One entry as it is stored now, as a sender re-reads it before sending.
    let one = outbox_store::get("web-a").await.unwrap().unwrap();
    assert_eq!((one.id.as_str(), one.status), ("web-a", Status::Saved));
    assert_eq!(outbox_store::get("web-none").await.unwrap(), None);

    outbox_store::delete("web-a").await.unwrap();
    let (entries, _) = outbox_store::all().await.unwrap();
    assert_eq!(entries.len(), 1);
    assert_eq!(outbox_store::get("web-a").await.unwrap(), None);

    // A purge deletes several in one transaction.
    outbox_store::put(&a).await.unwrap();
    outbox_store::delete_many(&["web-a".into(), "web-b".into()])
        .await
        .unwrap();
    assert!(outbox_store::all().await.unwrap().0.is_empty());
}

/// Mounts `content` in a new element at the end of the page, with the locale and a router around it, as
/// pages and the components that link need; the element is returned with the handle that keeps it mounted.
fn mount_routed<V: IntoView + 'static>(
    content: impl FnOnce() -> V + Send + 'static,
) -> (web_sys::HtmlElement, impl Sized) {
    let host = new_host();
    let handle = leptos::mount::mount_to(host.clone(), move || {
        provide_locale();
        // The footer's currency list, and whether it links to the studio (not on a kiosk).
        perak_batankrajan::state::provide_currency();
        perak_batankrajan::state::provide_storage_problems();
        perak_batankrajan::state::provide_kiosk();
        view! { <leptos_router::components::Router>{content()}</leptos_router::components::Router> }
    });
    (host, handle)
}

#[wasm_bindgen_test]
async fn without_service_workers_the_offline_page_says_what_to_do_instead_of_failing() {
    use perak_batankrajan::components::SiteFooter;
    use perak_batankrajan::pages::OfflinePage;

    // As on a page served over plain HTTP from a LAN address (a kiosk reaching a laptop): the browser
    // has no `navigator.serviceWorker` there. Taken away for this test and put back before asserting.
    let navigator = js_sys::Reflect::get(&js_sys::global(), &"Navigator".into()).unwrap();
    let proto: js_sys::Object = js_sys::Reflect::get(&navigator, &"prototype".into())
        .unwrap()
        .unchecked_into();
    let key = wasm_bindgen::JsValue::from_str("serviceWorker");
    let descriptor = js_sys::Object::get_own_property_descriptor(&proto, &key);
    js_sys::Reflect::delete_property(&proto, &key).unwrap();
    let (host, _handle) = mount_routed(|| view! { <OfflinePage /> <SiteFooter /> });
    tick().await;
    let text = host.inner_text(); // what is shown: not what `hidden` hides
    let button = host.query_selector("button").unwrap();
    js_sys::Object::define_property(&proto, &key, &descriptor.unchecked_into());
    host.remove();
    assert!(
        text.contains("Peramban ini tidak dapat menyimpan katalog"),
        "{text}"
    );
    assert!(text.contains("https://"), "{text}");
    assert!(button.is_none(), "no button that could only fail");
    // Nor does the footer promise offline use, which it does where service workers exist.
    assert!(!text.contains("tanpa internet"), "{text}");
    let (host, _handle) = mount_routed(|| view! { <SiteFooter /> });
    tick().await;
    let text = host.inner_text(); // what is shown: not what `hidden` hides
    host.remove();
    assert!(text.contains("tanpa internet"), "{text}");
}

#[wasm_bindgen_test]
async fn the_way_back_to_the_catalogue_follows_only_a_catalogue_url_from_session_storage() {
    use perak_batankrajan::state::{provide_catalogue, use_catalogue};
    use std::cell::RefCell;
    use std::rc::Rc;

    let storage = web_sys::window()
        .unwrap()
        .session_storage()
        .unwrap()
        .unwrap();
    // What a design page's way back is when the tab's session holds `stored` (None: nothing).
    let back_with = |stored: Option<&str>| {
        match stored {
            Some(s) => storage.set_item("perak.catalogue.last", s).unwrap(),
            None => storage.remove_item("perak.catalogue.last").unwrap(),
        }
        let host: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
        let seen = Rc::new(RefCell::new(String::new()));
        let out = seen.clone();
        let handle = leptos::mount::mount_to(host, move || {
            provide_catalogue();
            *out.borrow_mut() = use_catalogue().back_href();
        });
        drop(handle);
        seen.take()
    };
    assert_eq!(
        back_with(Some("/catalogue?q=kawung&form=ring")),
        "/catalogue?q=kawung&form=ring"
    );
    assert_eq!(back_with(Some("/catalogue")), "/catalogue");
    assert_eq!(back_with(None), "/catalogue");
    // Anything else storage may hold (another site, another page of this one, nonsense) is not followed.
    for stored in [
        "https://example.com/catalogue",
        "//example.com",
        "/designs/ring-kawung",
        "/catalogueX",
        "{",
    ] {
        assert_eq!(back_with(Some(stored)), "/catalogue", "{stored}");
    }
    storage.remove_item("perak.catalogue.last").unwrap();
}

#[wasm_bindgen_test]
async fn a_damaged_stored_shortlist_is_started_afresh_and_the_reader_told() {
    use perak_batankrajan::components::StorageNotice;
    use perak_batankrajan::state::{provide_shortlist, provide_storage_problems, use_shortlist};

    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.clear().unwrap();
    // What a damaged disk, or a later version of the app, could leave.
    storage
        .set_item("perak.shortlist", "{\"v\":9,\"items\":[")
        .unwrap();
    let host = new_host();
    let _handle = leptos::mount::mount_to(host.clone(), || {
        provide_storage_problems();
        provide_locale();
        provide_shortlist();
        let list = use_shortlist();
        view! {
            <p id="count">{move || list.count()}</p>
            <StorageNotice />
        }
    });
    tick().await;
    let notice = host
        .query_selector(".storage-notice")
        .unwrap()
        .and_then(|e| e.text_content())
        .unwrap_or_default();
    assert!(
        notice.contains("Daftar pilihan yang tersimpan di perangkat ini rusak"),
        "{notice:?}"
    );
    assert_eq!(
        host.query_selector("#count")
            .unwrap()
            .and_then(|e| e.text_content())
            .as_deref(),
        Some("0")
    );
    let kept = storage.get_item("perak.shortlist").unwrap();
    assert!(
        kept.as_deref().is_none_or(str::is_empty),
        "the damaged value is replaced: {kept:?}"
    );
    storage.clear().unwrap();
}

#[wasm_bindgen_test]
async fn the_insights_store_adds_to_a_device_day_and_merges_other_devices_once() {
    use perak_batankrajan::domain::insights::{DayCounts, totals};
    use perak_batankrajan::platform::insights_store;

    // Ids of this run's own, so that a profile kept from an earlier run cannot change the sums.
    let run = (js_sys::Math::random() * 1e9) as u64;
    let (mine, theirs) = (format!("web-device-{run}"), format!("web-other-{run}"));
    let day = |device: &str, counts: &[(&str, u64)]| DayCounts {
        device: device.into(),
        day: "2026-12-05".into(),
        counts: counts.iter().map(|(k, n)| ((*k).to_owned(), *n)).collect(),
    };
    let before = totals(&insights_store::all().await.unwrap());
    let seen =
        |t: &std::collections::BTreeMap<String, u64>, k: &str| t.get(k).copied().unwrap_or(0);

    // Two batches of one device's day land in one record, added up.
    insights_store::add(day(&mine, &[("view.design.web-ring", 2)]))
        .await
        .unwrap();
    insights_store::add(day(
        "web-device",
        &[("view.design.web-ring", 1), ("compare", 1)],
    ))
    .await
    .unwrap();
    let held = insights_store::all().await.unwrap();
    assert_eq!(
        held.iter().filter(|d| d.device == mine).count(),
        1,
        "one record per device-day"
    );
    let t = totals(&held);
    assert_eq!(
        seen(&t, "view.design.web-ring") - seen(&before, "view.design.web-ring"),
        3
    );

    // Another kiosk's export, merged twice, counts once.
    let other = vec![day(&theirs, &[("view.design.web-ring", 4)])];
    insights_store::merge(other.clone()).await.unwrap();
    insights_store::merge(other).await.unwrap();
    let t = totals(&insights_store::all().await.unwrap());
    assert_eq!(
        seen(&t, "view.design.web-ring") - seen(&before, "view.design.web-ring"),
        7
    );
}

#[wasm_bindgen_test]
async fn the_studio_store_keeps_drafts_newest_first_and_skips_a_damaged_record() {
    use perak_batankrajan::domain::studio::draft::DesignDraft;
    use perak_batankrajan::platform::json_store::JsonStore;
    use perak_batankrajan::platform::studio_store;

    let run = (js_sys::Math::random() * 1e9) as u64;
    let (older, newer) = (format!("web-old-{run}"), format!("web-new-{run}"));
    let draft = |uid: &str, at: u64, weight: &str| DesignDraft {
        updated_ms: at,
        weight_g: weight.into(),
        ..DesignDraft::new(uid.into(), "2026-12-05")
    };
    // Timestamps far ahead of any other run's, so that these two lead the list.
    let now = 4_000_000_000_000 + run;
    studio_store::put(&draft(&older, now, "5,2")).await.unwrap();
    studio_store::put(&draft(&newer, now + 1, "lima"))
        .await
        .unwrap();
    // Another version's (or a damaged) record is counted, not fatal, and left where it is.
    let raw = JsonStore {
        database: "perak-studio",
        store: "drafts",
    };
    raw.put_many(vec![(format!("web-bad-{run}"), "{not json".into())])
        .await
        .unwrap();

    let (drafts, unreadable) = studio_store::all::<DesignDraft>().await.unwrap();
    assert_eq!(drafts[0].uid, newer);
    assert_eq!(drafts[1].uid, older);
    assert_eq!(
        drafts[0].weight_g, "lima",
        "what was typed is kept as typed"
    );
    assert_eq!(drafts[1].weight_g, "5,2");
    assert!(unreadable >= 1);

    // Overwriting keeps one record per draft; deleting removes only that one.
    studio_store::put(&draft(&older, now + 2, "6"))
        .await
        .unwrap();
    let (drafts, _) = studio_store::all::<DesignDraft>().await.unwrap();
    assert_eq!(drafts.iter().filter(|d| d.uid == older).count(), 1);
    assert_eq!(drafts[0].weight_g, "6");
    studio_store::delete::<DesignDraft>(&older).await.unwrap();
    let (drafts, _) = studio_store::all::<DesignDraft>().await.unwrap();
    assert!(drafts.iter().all(|d| d.uid != older));
    assert!(drafts.iter().any(|d| d.uid == newer));
    raw.delete_many(&[format!("web-bad-{run}"), newer])
        .await
        .unwrap();
}

#[wasm_bindgen_test]
async fn trend_photo_drafts_are_kept_apart_from_design_drafts() {
    use perak_batankrajan::domain::studio::draft::DesignDraft;
    use perak_batankrajan::domain::studio::trend_draft::TrendDraft;
    use perak_batankrajan::platform::studio_store;

    let run = (js_sys::Math::random() * 1e9) as u64;
    let uid = format!("web-trend-{run}");
    let draft = TrendDraft {
        uid: uid.clone(),
        trend: "stacking-rings".into(),
        updated_ms: 4_000_000_000_000 + run,
        ..TrendDraft::default()
    };
    studio_store::put(&draft).await.unwrap();
    let (trends, _) = studio_store::all::<TrendDraft>().await.unwrap();
    assert!(trends.contains(&draft), "read back as written");
    // Every field of a design draft has a default: read from one store, a trend draft would pass
    // for an empty design.
    let (designs, _) = studio_store::all::<DesignDraft>().await.unwrap();
    assert!(designs.iter().all(|d| d.uid != uid));
    studio_store::delete::<TrendDraft>(&uid).await.unwrap();
    let (trends, _) = studio_store::all::<TrendDraft>().await.unwrap();
    assert!(trends.iter().all(|d| d.uid != uid));
}

#[wasm_bindgen_test]
async fn a_pause_in_typing_writes_every_changed_draft_of_either_kind() {
    use std::cell::Cell;
    use std::rc::Rc;

    use perak_batankrajan::domain::studio::draft::DesignDraft;
    use perak_batankrajan::domain::studio::trend_draft::TrendDraft;
    use perak_batankrajan::platform::studio_store;
    use perak_batankrajan::state::{Studio, StudioLoaded, provide_studio};

    let run = (js_sys::Math::random() * 1e9) as u64;
    let (design, trend) = (format!("web-pause-d-{run}"), format!("web-pause-t-{run}"));
    let slot = Rc::new(Cell::new(None::<Studio>));
    let host = new_host();
    let _handle = leptos::mount::mount_to(host, {
        let slot = slot.clone();
        move || {
            slot.set(Some(provide_studio()));
        }
    });
    let studio = slot.get().expect("the studio is provided");
    while studio.loaded().get_untracked() == StudioLoaded::Reading {
        tick().await;
    }
    studio
        .create(DesignDraft::new(design.clone(), "2026-12-05"))
        .await
        .unwrap();
    let started = TrendDraft {
        uid: trend.clone(),
        trend: "stacking-rings".into(),
        ..TrendDraft::default()
    };
    studio.create_trend(started).await.unwrap();

    // A maker types in one draft while a photo arrives in the other, within one pause.
    studio.change(&design, |d| d.weight_g = "7,5".into());
    studio.change_trend(&trend, |d| d.base = "after the photo".into());
    gloo_timers::future::TimeoutFuture::new(900).await;

    let (designs, _) = studio_store::all::<DesignDraft>().await.unwrap();
    let (trends, _) = studio_store::all::<TrendDraft>().await.unwrap();
    let written = designs.iter().find(|d| d.uid == design).unwrap();
    assert_eq!(
        written.weight_g, "7,5",
        "the first draft's change was written too"
    );
    let written = trends.iter().find(|d| d.uid == trend).unwrap();
    assert_eq!(written.base, "after the photo");
    studio.delete(&design).await.unwrap();
    studio.delete(&trend).await.unwrap();
}
